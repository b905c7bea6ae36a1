using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.TestSupport;

/// <summary>
/// The community database on one of the two real providers, migrated, with a service provider
/// built by the same AddCommunity the host uses.
/// </summary>
public sealed class CommunityDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly TemporaryFolder? _folder;

    private CommunityDatabase(StorageProvider provider, ServiceProvider services, PostgresDatabase? postgres, TemporaryFolder? folder)
    {
        Provider = provider;
        Services = services;
        _postgres = postgres;
        _folder = folder;
    }

    public StorageProvider Provider { get; }

    public ServiceProvider Services { get; }

    public static async Task<CommunityDatabase> CreateAsync(StorageProvider provider, Action<IServiceCollection>? configure = null)
    {
        PostgresDatabase? postgres = null;
        TemporaryFolder? folder = null;
        var settings = new Dictionary<string, string?>();
        if (provider == StorageProvider.PostgreSql)
        {
            postgres = await PostgresDatabase.CreateAsync();
            settings["BuildingBot:Mode"] = "Production";
            settings["ConnectionStrings:Community"] = postgres.ConnectionString;
        }
        else
        {
            folder = new TemporaryFolder();
            settings["BuildingBot:Mode"] = "Embedded";
            settings["ConnectionStrings:Community"] = $"Data Source={folder.File("community.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        BuildingBot.Community.DependencyInjection.AddCommunity(services, configuration);
        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(validateScopes: true);
        var database = new CommunityDatabase(provider, serviceProvider, postgres, folder);
        await using var scope = serviceProvider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.MigrateAsync();
        return database;
    }

    /// <summary>A new scope; dispose it after use.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _folder?.Dispose();
    }
}
