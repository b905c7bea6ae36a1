using System.Diagnostics;
using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Community.Reports;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Scheduling.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.CityBench;

/// <summary>The measurements, each in fresh scopes as a request or a job would run them, printed as figures.</summary>
internal sealed class CityMeasurements(IServiceProvider services, TextWriter output)
{
    private readonly Random _random = new(17);
    private int[] _buildings = [];
    private int _grid;

    public async Task CountsAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        _buildings = await db.Buildings.Select(b => b.Id).ToArrayAsync();
        _grid = await db.WorkOrders.Where(o => o.GridId != null).GroupBy(o => o.GridId).OrderByDescending(g => g.Count())
            .Select(g => g.Key!.Value).FirstAsync();
        output.WriteLine(
            $"database: {await db.Compounds.CountAsync():N0} compounds, {_buildings.Length:N0} buildings, {await db.Households.CountAsync():N0} households, " +
            $"{await db.GridMembers.CountAsync():N0} grid members, {await db.BuildingGroups.CountAsync():N0} groups, {await db.WorkOrders.CountAsync():N0} work orders, " +
            $"{await db.WorkOrderEvents.CountAsync():N0} events");
    }

    /// <summary>WorkOrderRouter.RouteAsync for random buildings and categories, one scope (one DbContext) each, as a report would.</summary>
    public async Task RoutingAsync(int count, bool report)
    {
        var categories = Enum.GetValues<ProblemCategory>();
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var building = _buildings[_random.Next(_buildings.Length)];
            var category = categories[_random.Next(categories.Length)];
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var decision = await scope.ServiceProvider.GetRequiredService<WorkOrderRouter>().RouteAsync(building, category, null, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (decision.MemberId is null)
            {
                throw new InvalidOperationException($"Building {building} routed to the queue: {decision.Reason}");
            }
        }

        if (report)
        {
            output.WriteLine($"routing a new order ({count:N0} routings): {Percentiles.Describe(times)}  (target p99 < 5 ms)");
        }
    }

    /// <summary>The console's 三率 (ServiceRateQuery) for this week, this month and the last year, for the city and the busiest grid.</summary>
    public async Task DashboardAsync(int runs)
    {
        var zone = services.GetRequiredService<CommunityTimeZone>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = zone.Today(now);
        (string Name, ReportPeriod Period)[] periods =
        [
            ("this week", ReportPeriod.ThisWeek(now, zone)), ("this month", ReportPeriod.ThisMonth(now, zone)),
            ("last 30 days", ReportPeriod.Between(today.AddDays(-29), today, zone)),
            ("last 365 days", ReportPeriod.Between(today.AddDays(-364), today, zone)),
        ];
        foreach (var (name, period) in periods)
        {
            foreach (var grid in new int?[] { null, _grid })
            {
                var times = new List<double>();
                ServiceRates? rates = null;
                for (var i = 0; i <= runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await using var scope = services.CreateAsyncScope();
                    rates = await scope.ServiceProvider.GetRequiredService<ServiceRateQuery>().ComputeAsync(period, grid, now, CancellationToken.None);
                    if (i > 0)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                var target = grid is null ? "target < 2 s city-wide, page < 500 ms" : "page target < 500 ms";
                output.WriteLine(
                    $"三率 {(grid is null ? "whole city" : $"grid {grid}")}, {name}: {Percentiles.Describe(times)}  ({target}); " +
                    $"及时受理率 {Rate(rates!.TimelyAcceptance)}, 按期办结率 {Rate(rates.OnTimeResolution)}, 满意率 {Rate(rates.Satisfaction)}, " +
                    $"reported {rates.Reported:N0}");
            }
        }
    }

    private static string Rate(RateFigure figure) => $"{figure.Percent}% ({figure.Numerator:N0}/{figure.Denominator:N0})";

    /// <summary>A broadcast to every group sent now: BroadcastRunner.SendNowAsync, the path of the job and of staff's "send now".</summary>
    public async Task BroadcastAsync()
    {
        int id;
        await using (var scope = services.CreateAsyncScope())
        {
            var request = new BroadcastRequest
            {
                Title = "城市级压测通知", Text = "各位居民：本周六上午九点在小区广场开展“紅色星期天”志愿服务，欢迎参加。",
                Targets = BroadcastTargetKind.Everyone, SendAt = services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(1),
            };
            var (broadcast, _, problems) = await scope.ServiceProvider.GetRequiredService<BroadcastService>().CreateAsync(request, "city-bench", CancellationToken.None);
            id = broadcast?.Id ?? throw new InvalidOperationException(string.Join("; ", problems));
        }

        var before = ProcessMemory.ResidentBytes();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var (_, groups, problem) = await scope.ServiceProvider.GetRequiredService<BroadcastRunner>().SendNowAsync(id, CancellationToken.None);
            watch.Stop();
            if (problem is not null)
            {
                throw new InvalidOperationException(problem);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            output.WriteLine(
                $"broadcast to every group: {groups:N0} deliveries enqueued in {seconds:F2} s ({groups / seconds:N0} rows/s)  (target < 10 s); " +
                $"memory +{(ProcessMemory.ResidentBytes() - before) / 1048576.0:F0} MB resident, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0:F0} MB allocated");
        }

        // Nobody receives them here: withdrawn, so the BotHost measured next starts at rest instead of working them off.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMessages
                .Where(m => m.State == QueueState.Pending).ExecuteDeleteAsync();
        }
    }

    /// <summary>
    /// The deadline job's minute-by-minute question (WorkOrderDeadlines.DueAsync): the first run after seeding or
    /// migrating reads every marked order and raises the marks of those with nothing due; the runs after read only the
    /// orders whose mark has passed. Nothing is acted on, so the same checkpoints stay due run after run.
    /// </summary>
    public async Task DeadlineSweepAsync(int runs)
    {
        var times = new List<double>(runs);
        var due = 0;
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            due = (await scope.ServiceProvider.GetRequiredService<WorkOrderDeadlines>().DueAsync(CancellationToken.None)).Count;
            if (i == 0)
            {
                output.WriteLine($"deadline sweep, first run (marks raised): {watch.Elapsed.TotalMilliseconds:F0} ms, {due:N0} checkpoints due");
            }
            else
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        output.WriteLine($"deadline sweep, every minute after ({runs} runs): {Percentiles.Describe(times)}; {due:N0} checkpoints due");
    }
}
