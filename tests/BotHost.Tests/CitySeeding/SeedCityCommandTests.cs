using BuildingBot.BotHost.Tests.Startup;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using BuildingBot.Community.WorkOrders;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.CitySeeding;

/// <summary>`seed-city` as an operator runs it, at a tiny scale, on the real PostgreSQL: the counts, the 三率 and routing.</summary>
public sealed class SeedCityCommandTests
{
    private static readonly string[] Tiny =
    [
        "seed-city", "--compounds", "3", "--buildings-per-compound", "2", "--households-per-building", "5", "--orders", "200",
        "--until", "2026-11-30",
    ];

    /// <summary>Each run migrates a fresh database first; on a busy shared machine that alone can take over a minute.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task SeedCity_WritesACityWhoseRatesAndRoutingWork_AndAddsASecondOnlyWhenAsked()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = postgres.ConnectionString,
            ["ConnectionStrings__Redis"] = TestServers.RedisConnectionString,
        };

        var first = await BotHostProcess.RunAsync(Limit, folder.Path, environment, Tiny);
        var again = await BotHostProcess.RunAsync(Limit, folder.Path, environment, Tiny);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("rows/s", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--append", again.Error, StringComparison.Ordinal);
        await using var services = Services(postgres.ConnectionString);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            Assert.Equal(3, await db.Compounds.CountAsync());
            Assert.Equal(6, await db.Buildings.CountAsync());
            Assert.Equal(30, await db.Households.CountAsync());
            Assert.Equal(30, await db.Residents.CountAsync());
            Assert.Equal(6, await db.GridMembers.CountAsync());
            Assert.Equal(6, await db.BuildingGroups.CountAsync());
            Assert.Equal(200, await db.WorkOrders.CountAsync());
            Assert.Equal(200, await db.WorkOrderEvents.CountAsync(e => e.Kind == WorkOrderEventKind.Created));
            Assert.True(await db.WorkOrders.CountAsync(o => o.Status == WorkOrderStatus.Closed) > 100);

            var zone = Community.Configuration.CommunityTimeZone.Default;
            var end = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
            // Settled as a running system leaves it: the checkpoints of the past passed (reminders and escalations on the
            // timelines, under their keys), and no order waiting for the deadline sweep to look at it.
            Assert.True(await db.WorkOrderEvents.CountAsync(e => e.ActionKey != null && e.Kind == WorkOrderEventKind.Reminded) > 10);
            Assert.True(await db.WorkOrderEvents.CountAsync(e => e.ActionKey != null && e.Kind == WorkOrderEventKind.Escalated) > 5);
            Assert.Equal(0, await db.WorkOrders.CountAsync(o => o.NextCheckpointAt <= end));
            var history = ReportPeriod.Between(new DateOnly(2024, 11, 1), new DateOnly(2026, 11, 30), zone);
            var city = await scope.ServiceProvider.GetRequiredService<ServiceRateQuery>().ComputeAsync(history, null, end, CancellationToken.None);
            Assert.Equal(200, city.Reported);
            Assert.InRange(city.TimelyAcceptance.Percent ?? 0, 70, 99.9);
            Assert.InRange(city.OnTimeResolution.Percent ?? 0, 70, 99.9);
            Assert.InRange(city.Satisfaction.Percent ?? 0, 80, 100);
            var grid = city.ByGrid[0].GridId!.Value;
            var one = await scope.ServiceProvider.GetRequiredService<ServiceRateQuery>().ComputeAsync(history, grid, end, CancellationToken.None);
            Assert.Equal(city.ByGrid[0].Count, one.Reported);

            var building = await db.Buildings.OrderBy(b => b.Id).FirstAsync();
            var decision = await scope.ServiceProvider.GetRequiredService<WorkOrderRouter>()
                .RouteAsync(building.Id, ProblemCategory.Sanitation, null, CancellationToken.None);
            Assert.Equal(building.GridId, decision.GridId);
            Assert.NotNull(decision.MemberId);
        }

        var appended = await BotHostProcess.RunAsync(Limit, folder.Path, environment, [.. Tiny, "--append"]);

        Assert.Equal(0, appended.ExitCode);
        await using var after = services.CreateAsyncScope();
        var seeded = after.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.Equal(6, await seeded.Compounds.CountAsync());
        Assert.Equal(400, await seeded.WorkOrders.CountAsync());
        Assert.Equal(60, await seeded.Households.Select(h => h.Code).Distinct().CountAsync());
    }

    [Fact]
    public async Task SeedCity_RefusesSqlite_WithTheReason()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };

        var outcome = await BotHostProcess.RunAsync(Limit, folder.Path, environment, Tiny);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("production mode only", outcome.Error, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BuildingBot:Mode"] = "Production",
            ["ConnectionStrings:Community"] = connection,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        BuildingBot.Community.DependencyInjection.AddCommunity(services, configuration);
        return services.BuildServiceProvider();
    }
}
