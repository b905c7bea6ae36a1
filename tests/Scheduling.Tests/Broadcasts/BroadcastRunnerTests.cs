using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Broadcasts;

public class BroadcastRunnerTests
{
    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static async Task<Broadcast> CreateAsync(SchedulingHost host, BroadcastRequest request)
    {
        var (broadcast, _, problems) = await host.WithAsync(s => s.GetRequiredService<BroadcastService>().CreateAsync(request, "test", default));
        Assert.Empty(problems);
        return broadcast!;
    }

    private static Task RunAsync(SchedulingHost host, int id) =>
        host.WithAsync(s => s.GetRequiredService<BroadcastRunner>().RunAsync(id, default));

    private static Task<List<string>> KeysAsync(SchedulingHost host, int id) =>
        host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().OutboxMessages
            .Where(m => m.IdempotencyKey.StartsWith($"broadcast:{id}:")).OrderBy(m => m.Id).Select(m => m.IdempotencyKey).ToListAsync());

    private static Task<Broadcast> ReloadAsync(SchedulingHost host, int id) =>
        host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().Broadcasts.AsNoTracking().SingleAsync(b => b.Id == id));

    [Fact]
    public async Task Run_SendsANowBroadcastToEveryTargetGroupOnce()
    {
        using var folder = new TemporaryFolder();
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), new FakeTimeProvider(Start), startServer: false);
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "今晚停水", Targets = BroadcastTargetKind.Compounds, Codes = "XF01" });

        await RunAsync(host, broadcast.Id);
        await RunAsync(host, broadcast.Id);

        var keys = await KeysAsync(host, broadcast.Id);
        Assert.Equal(6, keys.Count);
        Assert.All(keys, k => Assert.Contains($":{Start.ToUnixTimeSeconds()}:Simulator:sim-g-XF01-", k, StringComparison.Ordinal));
        Assert.Equal(BroadcastStatus.Sent, (await ReloadAsync(host, broadcast.Id)).Status);
    }

    [Fact]
    public async Task Run_SendsEachCronOccurrenceOnce_AcrossAMonthBoundary()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        // Every day at 08:00 Beijing time, to one building.
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "垃圾分类提醒", Targets = BroadcastTargetKind.Buildings, Codes = "XF01-3", Cron = "0 8 * * *" });


        clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 0, 5, 0, TimeSpan.Zero));
        await RunAsync(host, broadcast.Id);
        await RunAsync(host, broadcast.Id);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 5, 0, TimeSpan.Zero));
        await RunAsync(host, broadcast.Id);

        var keys = await KeysAsync(host, broadcast.Id);
        var sentAt = keys.Select(k => DateTimeOffset.FromUnixTimeSeconds(long.Parse(k.Split(':')[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        // 11-28 08:00 sent on time; 11-29 and 11-30 were missed by "downtime" (beyond the 2-hour window); 12-01 08:00 sent.
        Assert.Equal([new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)], sentAt);
        Assert.Equal(BroadcastStatus.Scheduled, (await ReloadAsync(host, broadcast.Id)).Status);
    }

    [Fact]
    public async Task Run_SendsACronOccurrenceAtTheCommunitysLocalTime_WhenTheTimeZoneIsConfigured()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false, timeZone: "Asia/Tokyo");
        // Every day at 08:00 in Tokyo (UTC+9): 23:00 UTC the day before.
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "垃圾分类提醒", Targets = BroadcastTargetKind.Buildings, Codes = "XF01-3", Cron = "0 8 * * *" });
        Assert.Equal("Asia/Tokyo", broadcast.TimeZone);
        var (activity, _) = await host.WithAsync(s => s.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "广场", Cron = "0 9 * * 0", Capacity = 20, Targets = ActivityTargetKind.Compounds, Codes = "XF01",
        }, default));
        Assert.Equal("Asia/Tokyo", activity!.TimeZone);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 23, 5, 0, TimeSpan.Zero));
        await RunAsync(host, broadcast.Id);

        var keys = await KeysAsync(host, broadcast.Id);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), k.Split(':')[2]));
    }

    [Fact]
    public async Task Run_SkipsAOneOffMissedBeyondTheWindow_AndSendsOneWithinIt()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var late = await CreateAsync(host, new BroadcastRequest { Text = "周五下午开会", Targets = BroadcastTargetKind.Grids, Codes = "G02", SendAt = Start.AddHours(1) });
        var soon = await CreateAsync(host, new BroadcastRequest { Text = "周五晚上停电", Targets = BroadcastTargetKind.Grids, Codes = "G02", SendAt = Start.AddHours(2) });

        clock.Advance(TimeSpan.FromHours(3.5));
        await RunAsync(host, late.Id);
        await RunAsync(host, soon.Id);

        Assert.Empty(await KeysAsync(host, late.Id));
        Assert.Equal(BroadcastStatus.Missed, (await ReloadAsync(host, late.Id)).Status);
        Assert.Equal(3, (await KeysAsync(host, soon.Id)).Count);
        Assert.Equal(BroadcastStatus.Sent, (await ReloadAsync(host, soon.Id)).Status);
    }

    /// <summary>
    /// The messages and the broadcast's progress are one transaction: when the progress cannot be saved, no group is sent
    /// anything, and the next run sends the occurrence once. On PostgreSQL the messages go in one statement of their own.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_QueuesNothing_WhenTheProgressCannotBeSaved_AndEverythingOnceOnTheNextRun(bool postgres)
    {
        using var folder = new TemporaryFolder();
        await using var database = postgres ? await PostgresDatabase.CreateAsync() : null;
        var failing = new FailingProgress();
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), new FakeTimeProvider(Start), startServer: false,
            postgres: database?.ConnectionString, services: s => s
                .ConfigureDbContext<SqliteCommunityDbContext>(o => o.AddInterceptors(failing))
                .ConfigureDbContext<PostgresCommunityDbContext>(o => o.AddInterceptors(failing)));
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "今晚停水", Targets = BroadcastTargetKind.Everyone });
        var groups = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().BuildingGroups.CountAsync());

        failing.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(host, broadcast.Id));
        var keysAfterFailure = await KeysAsync(host, broadcast.Id);
        var statusAfterFailure = (await ReloadAsync(host, broadcast.Id)).Status;
        failing.Fail = false;
        await RunAsync(host, broadcast.Id);

        Assert.Empty(keysAfterFailure);
        Assert.Equal(BroadcastStatus.Scheduled, statusAfterFailure);
        var keys = await KeysAsync(host, broadcast.Id);
        Assert.Equal(groups, keys.Count);
        Assert.Equal(groups, keys.Distinct().Count());
        Assert.Equal(BroadcastStatus.Sent, (await ReloadAsync(host, broadcast.Id)).Status);
    }

    /// <summary>Fails the save of a broadcast's progress while <see cref="Fail"/> is set.</summary>
    private sealed class FailingProgress : SaveChangesInterceptor
    {
        public bool Fail { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Fail && eventData.Context!.ChangeTracker.Entries<Broadcast>().Any(e => e.State == EntityState.Modified))
            {
                throw new InvalidOperationException("progress not saved (test)");
            }

            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Run_DoesNothing_ForACancelledBroadcast()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "取消的通知", Targets = BroadcastTargetKind.Everyone, SendAt = Start.AddHours(1) });
        Assert.Null(await host.WithAsync(s => s.GetRequiredService<BroadcastService>().CancelAsync(broadcast.Id, default)));

        clock.Advance(TimeSpan.FromHours(1));
        await RunAsync(host, broadcast.Id);

        Assert.Empty(await KeysAsync(host, broadcast.Id));
    }

    private static Task<(DateTimeOffset? Occurrence, int Groups, string? Problem)> SendNowAsync(SchedulingHost host, int id) =>
        host.WithAsync(s => s.GetRequiredService<BroadcastRunner>().SendNowAsync(id, default));

    [Fact]
    public async Task SendNow_SendsAFutureOneOffAtOnce_AndNeitherASecondCallNorTheScheduleSendsItAgain()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "明天停水", Targets = BroadcastTargetKind.Grids, Codes = "G02", SendAt = Start.AddDays(1) });

        var sent = await SendNowAsync(host, broadcast.Id);
        var again = await SendNowAsync(host, broadcast.Id);
        clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(host, broadcast.Id);

        Assert.Equal((Start.AddDays(1), 3, null), sent);
        Assert.Equal($"Broadcast {broadcast.Id} is Sent and cannot be sent now.", again.Problem);
        var keys = await KeysAsync(host, broadcast.Id);
        Assert.Equal(3, keys.Count);
        Assert.All(keys, k => Assert.Contains($":{Start.AddDays(1).ToUnixTimeSeconds()}:", k, StringComparison.Ordinal));
        Assert.Equal(BroadcastStatus.Sent, (await ReloadAsync(host, broadcast.Id)).Status);
    }

    [Fact]
    public async Task SendNow_SendsARecurringBroadcastsNextOccurrenceEarly_WhichItsScheduleThenLeavesAlone()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var broadcast = await CreateAsync(host, new BroadcastRequest { Text = "垃圾分类提醒", Targets = BroadcastTargetKind.Buildings, Codes = "XF01-3", Cron = "0 8 * * *" });
        var saturday = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

        var sent = await SendNowAsync(host, broadcast.Id);
        var again = await SendNowAsync(host, broadcast.Id);
        clock.SetUtcNow(saturday.AddMinutes(1));
        await RunAsync(host, broadcast.Id);
        var afterSaturday = await KeysAsync(host, broadcast.Id);
        clock.SetUtcNow(saturday.AddDays(1).AddMinutes(1));
        await RunAsync(host, broadcast.Id);

        Assert.Equal((saturday, 1, null), sent);
        Assert.Contains("already sent early", again.Problem, StringComparison.Ordinal);
        Assert.Single(afterSaturday);
        var keys = await KeysAsync(host, broadcast.Id);
        Assert.Equal(2, keys.Count);
        Assert.Contains($":{saturday.AddDays(1).ToUnixTimeSeconds()}:", keys[1], StringComparison.Ordinal);
        Assert.Equal(BroadcastStatus.Scheduled, (await ReloadAsync(host, broadcast.Id)).Status);
    }

    [Fact]
    public async Task SendNow_SendsAOneOffMissedDuringDowntime_AndRefusesACancelledOne()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(Start);
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var missed = await CreateAsync(host, new BroadcastRequest { Text = "周五下午开会", Targets = BroadcastTargetKind.Grids, Codes = "G02", SendAt = Start.AddHours(1) });
        var cancelled = await CreateAsync(host, new BroadcastRequest { Text = "取消的通知", Targets = BroadcastTargetKind.Everyone, SendAt = Start.AddHours(1) });
        Assert.Null(await host.WithAsync(s => s.GetRequiredService<BroadcastService>().CancelAsync(cancelled.Id, default)));
        clock.Advance(TimeSpan.FromHours(5));
        await RunAsync(host, missed.Id);
        Assert.Equal(BroadcastStatus.Missed, (await ReloadAsync(host, missed.Id)).Status);

        var sent = await SendNowAsync(host, missed.Id);
        var refused = await SendNowAsync(host, cancelled.Id);
        var unknown = await SendNowAsync(host, 999);

        Assert.Null(sent.Problem);
        Assert.Equal(3, (await KeysAsync(host, missed.Id)).Count);
        Assert.Equal(BroadcastStatus.Sent, (await ReloadAsync(host, missed.Id)).Status);
        Assert.Equal($"Broadcast {cancelled.Id} is Cancelled and cannot be sent now.", refused.Problem);
        Assert.Empty(await KeysAsync(host, cancelled.Id));
        Assert.Equal("No broadcast 999.", unknown.Problem);
    }
}
