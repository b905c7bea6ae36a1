using BuildingBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests;

/// <summary>
/// The real BotHost in-process: embedded mode on a temporary SQLite file, or production mode on
/// the PostgreSQL and Redis that deploy/test.sh started.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TemporaryFolder? _folder;
    private readonly PostgresDatabase? _postgres;
    private Action<IServiceCollection>? _configure;

    private BotHostFactory(Dictionary<string, string?> settings, TemporaryFolder? folder, PostgresDatabase? postgres)
    {
        _settings = settings;
        _folder = folder;
        _postgres = postgres;
    }

    public static BotHostFactory Embedded(params (string Key, string? Value)[] extra)
    {
        var folder = new TemporaryFolder();
        var settings = new Dictionary<string, string?>
        {
            ["BuildingBot:Mode"] = "Embedded",
            ["ConnectionStrings:Community"] = $"Data Source={folder.File("community.db")}",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new BotHostFactory(settings, folder, null);
    }

    public static async Task<BotHostFactory> ProductionAsync(params (string Key, string? Value)[] extra)
    {
        var postgres = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["BuildingBot:Mode"] = "Production",
            ["ConnectionStrings:Community"] = postgres.ConnectionString,
            ["ConnectionStrings:Redis"] = TestServers.RedisConnectionString,

            // A fresh database gets a fresh keyspace: nothing of an earlier test's state or de-duplication applies.
            ["Redis:KeyPrefix"] = $"test-{Guid.NewGuid():N}:",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new BotHostFactory(settings, null, postgres);
    }

    /// <summary>Replaces services after the host's own registrations (e.g. a fake clock).</summary>
    public BotHostFactory WithServices(Action<IServiceCollection> configure)
    {
        _configure = configure;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestPeer>());
        if (_configure is not null)
        {
            builder.ConfigureTestServices(_configure);
        }

        // Delayed jobs are looked for every second, not every 15, so tests do not wait on Hangfire's poll.
        builder.UseSetting("Scheduling:PollingInterval", "00:00:01");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _folder?.Dispose();
        GC.SuppressFinalize(this);
    }
}
