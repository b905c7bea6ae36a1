using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.Scheduling.Synchronisation;
using BuildingBot.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BuildingBot.Scheduling.Tests.Broadcasts;

public class ScheduleSynchronizerTests
{
    private static async Task<Broadcast> CreateAsync(SchedulingHost host, BroadcastRequest request)
    {
        var (broadcast, _, problems) = await host.WithAsync(s => s.GetRequiredService<BroadcastService>().CreateAsync(request, "test", default));
        Assert.Empty(problems);
        return broadcast!;
    }

    private static Task SyncAsync(SchedulingHost host) =>
        host.WithAsync(s => s.GetRequiredService<ScheduleSynchronizer>().SyncAsync(default));

    private static List<string> RecurringIds(SchedulingHost host)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id)
            .Where(id => id.StartsWith("broadcast:", StringComparison.Ordinal) || id.StartsWith("activity:", StringComparison.Ordinal)).Order().ToList();
    }

    private static Task<int> OutboxCountAsync(SchedulingHost host, int id) =>
        host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith($"broadcast:{id}:")));

    [Fact]
    public async Task Sync_RebuildsEverySchedule_AfterHangfiresStorageWasWiped_AndSendsNothingTwice()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        int weekly, cancelled, sentOnce, redSunday;
        await using (var before = await SchedulingHost.StartAsync(null, clock, startServer: false, postgres: postgres.ConnectionString))
        {
            weekly = (await CreateAsync(before, new BroadcastRequest { Text = "每周日红色星期天", Targets = BroadcastTargetKind.Compounds, Codes = "XF01", Cron = "0 9 * * 0" })).Id;
            cancelled = (await CreateAsync(before, new BroadcastRequest { Text = "作废", Targets = BroadcastTargetKind.Everyone, Cron = "0 9 * * 1" })).Id;
            sentOnce = (await CreateAsync(before, new BroadcastRequest { Text = "今晚停水", Targets = BroadcastTargetKind.Grids, Codes = "G02" })).Id;
            var (activity, problems) = await before.WithAsync(s => s.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
            {
                Title = "紅色星期天", Place = "广场", Cron = "0 9 * * 0", Capacity = 20, Targets = ActivityTargetKind.Compounds, Codes = "XF01",
            }, default));
            Assert.Empty(problems);
            redSunday = activity!.Id;
            await SyncAsync(before);
            await before.WithAsync(s => s.GetRequiredService<BroadcastService>().CancelAsync(cancelled, default));
            await SyncAsync(before);
            Assert.Equal([$"activity:{redSunday}", $"broadcast:{weekly}"], RecurringIds(before));
            await before.WithAsync(s => s.GetRequiredService<BroadcastRunner>().RunAsync(sentOnce, default));
            Assert.Equal(3, await OutboxCountAsync(before, sentOnce));
        }

        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA hangfire CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await using var after = await SchedulingHost.StartAsync(null, clock, postgres: postgres.ConnectionString);

        Assert.Equal([$"activity:{redSunday}", $"broadcast:{weekly}"], RecurringIds(after));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(3, await OutboxCountAsync(after, sentOnce));
    }

    [Fact]
    public async Task TwoServersOnOnePostgres_DeliverEachOccurrenceOnce()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = await SchedulingHost.StartAsync(null, clock, postgres: postgres.ConnectionString);
        await using var second = await SchedulingHost.StartAsync(null, clock, postgres: postgres.ConnectionString);
        var broadcast = await CreateAsync(first, new BroadcastRequest { Text = "明早八点核酸", Targets = BroadcastTargetKind.Compounds, Codes = "XF02" });

        // Both processes synchronise (as after a change and at a restart): two jobs for one occurrence.
        await Task.WhenAll(SyncAsync(first), SyncAsync(second));

        Assert.True(await first.EventuallyAsync(async db => await db.Broadcasts.AnyAsync(b => b.Id == broadcast.Id && b.Status == BroadcastStatus.Sent)));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var groups = await first.WithAsync(s => s.GetRequiredService<CommunityDbContext>().BuildingGroups.CountAsync(g => g.Building!.Compound!.Code == "XF02"));
        Assert.Equal(groups, await OutboxCountAsync(first, broadcast.Id));
    }
}
