using BuildingBot.Community;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Turns;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace BuildingBot.Dialogs.Tests.Testing;

/// <summary>
/// The engine as the host wires it (AddCommunity + AddDialogs) on a real database: a temporary
/// SQLite file (embedded mode) by default, or PostgreSQL and Redis (production mode). The clock is fake.
/// </summary>
public sealed class DialogsHost : IAsyncDisposable
{
    private readonly TemporaryFolder? _folder;
    private readonly PostgresDatabase? _postgres;

    private DialogsHost(ServiceProvider services, FakeTimeProvider clock, TemporaryFolder? folder, PostgresDatabase? postgres)
    {
        Services = services;
        Clock = clock;
        _folder = folder;
        _postgres = postgres;
    }

    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public BotEngine Engine => Services.GetRequiredService<BotEngine>();

    public static async Task<DialogsHost> CreateAsync(
        bool production = false, bool demoData = true, Action<IServiceCollection>? configure = null,
        string? postgresConnectionString = null, IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Start);
        TemporaryFolder? folder = null;
        PostgresDatabase? postgres = null;
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        values.TryAdd(HomeRegion.Key, "330106"); // the demo community is in 西湖区, as in appsettings.json
        if (production)
        {
            if (postgresConnectionString is null)
            {
                postgres = await PostgresDatabase.CreateAsync();
            }

            values["BuildingBot:Mode"] = "Production";
            values["ConnectionStrings:Community"] = postgresConnectionString ?? postgres!.ConnectionString;
            values["ConnectionStrings:Redis"] = TestServers.RedisConnectionString;
            // One keyspace per database: hosts sharing a database (two processes) share it, other tests never see it.
            values.TryAdd("Redis:KeyPrefix", $"test-{(uint)values["ConnectionStrings:Community"]!.GetHashCode():x8}:");
        }
        else
        {
            folder = new TemporaryFolder();
            values["ConnectionStrings:Community"] = $"Data Source={folder.File("community.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCommunity(configuration).AddDialogs(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        var host = new DialogsHost(provider, clock, folder, postgres);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.MigrateAsync();
        if (provider.GetService<IConnectionMultiplexer>() is { } redis)
        {
            // As the host's startup does before it takes traffic; patient, since a busy CI machine connects slowly.
            await RedisAnswersAsync(redis, TimeSpan.FromSeconds(30));
        }

        if (demoData)
        {
            await scope.ServiceProvider.GetRequiredService<Community.DemoData.DemoDataSeeder>().SeedIfEmptyAsync();
        }

        return host;
    }

    private static async Task RedisAnswersAsync(IConnectionMultiplexer redis, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task<T> QueryAsync<T>(Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

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
