using BuildingBot.Community;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests;

/// <summary>
/// Community + Dialogs + Scheduling as the host wires them, on a SQLite file and a real Hangfire server
/// with a fresh in-memory job store, polling every second; deadlines are seconds long so that the
/// real server fires them within a test; the domain's clock is fake.
/// </summary>
internal sealed class SchedulingHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulingHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>On SQLite (a file path), or in production mode on PostgreSQL and Redis when <paramref name="postgres"/> is given.</summary>
    public static async Task<SchedulingHost> StartAsync(
        string? databaseFile, FakeTimeProvider clock, bool startServer = true, string? postgres = null, string? timeZone = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Community"] = postgres ?? $"Data Source={databaseFile}",
            ["Scheduling:PollingInterval"] = "00:00:01",
            ["WorkOrders:Urgent:Accept"] = "00:00:03",
            ["WorkOrders:Urgent:Resolve"] = "00:00:10",
        };
        if (timeZone is not null)
        {
            settings["Community:TimeZone"] = timeZone;
        }

        if (postgres is not null)
        {
            settings["BuildingBot:Mode"] = "Production";
            settings["ConnectionStrings:Redis"] = TestServers.RedisConnectionString;
            settings["Redis:KeyPrefix"] = $"test-{(uint)postgres.GetHashCode():x8}:";
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCommunity(builder.Configuration).AddDialogs(builder.Configuration).AddScheduling(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        }

        if (startServer)
        {
            await host.StartAsync();
        }

        return new SchedulingHost(host);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>Polls the database until <paramref name="done"/> holds or 30 seconds pass.</summary>
    public async Task<bool> EventuallyAsync(Func<CommunityDbContext, Task<bool>> done)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(250))
        {
            if (await WithAsync(services => done(services.GetRequiredService<CommunityDbContext>())))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
