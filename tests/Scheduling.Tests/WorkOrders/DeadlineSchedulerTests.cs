using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.TestSupport;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.WorkOrders;

public class DeadlineSchedulerTests
{
    private static async Task<WorkOrder> ReportUrgentLiftAsync(SchedulingHost host)
    {
        var outcome = await host.WithAsync(async services =>
        {
            var db = services.GetRequiredService<CommunityDbContext>();
            var building = await db.Buildings.Where(b => b.Compound!.Code == "XF01" && b.Code == "3").Select(b => b.Id).SingleAsync();
            var reporter = await db.Residents.Where(r => r.ChannelUserId == "sim-r0066").Select(r => r.Id).SingleAsync();
            return await services.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
            {
                SourceKey = "test-lift", BuildingId = building, Category = ProblemCategory.RepairsProperty, Urgency = Urgency.Urgent,
                Description = "3幢电梯坏了", ReporterId = reporter, Actor = WorkOrderActor.Resident(reporter, "龙婷"),
            }, default);
        });
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Order!;
    }

    private static Func<CommunityDbContext, Task<bool>> Escalated(int orderId, int level) =>
        db => db.WorkOrders.AnyAsync(o => o.Id == orderId && o.EscalationLevel == level
            && o.Events.Count(e => e.Kind == WorkOrderEventKind.Reminded) == 1
            && o.Events.Count(e => e.Kind == WorkOrderEventKind.Escalated) == level);

    [Fact]
    public async Task Deadlines_RemindThenEscalateToLeaderAndAdmins_ThroughARealHangfireServer()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock);
        var order = await ReportUrgentLiftAsync(host);

        clock.Advance(TimeSpan.FromSeconds(30));

        var done = await host.EventuallyAsync(Escalated(order.Id, 2));
        var monitor = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var kinds = await host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrderEvents
            .Where(e => e.WorkOrderId == order.Id).Select(e => e.Kind + ":" + e.ActionKey).ToListAsync());
        Assert.True(done, $"the reminder and both escalations should have run; events {string.Join(", ", kinds)}; failed jobs: " +
            string.Join(" | ", monitor.FailedJobs(0, 10).Select(j => j.Value.ExceptionMessage)) + $"; scheduled {monitor.ScheduledCount()}, succeeded {monitor.SucceededListCount()}");
        var outbox = await host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().OutboxMessages
            .Select(m => new { m.ConversationId, m.Payload }).ToListAsync());
        Assert.Contains(outbox, m => m.ConversationId == "sim-gm02" && m.Payload.Contains("【提醒】", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.ConversationId == "sim-gm01" && m.Payload.Contains("【超时升级】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deadlines_DoNothing_WhenTheOrderWasAcceptedInTime()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock);
        var order = await ReportUrgentLiftAsync(host);
        await host.WithAsync(async services =>
        {
            var captain = await services.GetRequiredService<CommunityDbContext>().GridMembers.SingleAsync(m => m.ChannelUserId == "sim-gm02");
            return await services.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, WorkOrderActor.Member(captain.Id, captain.Name), null, default);
        });

        await Task.Delay(TimeSpan.FromSeconds(8));

        var kinds = await host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrderEvents
            .Where(e => e.WorkOrderId == order.Id).Select(e => e.Kind).ToListAsync());
        Assert.DoesNotContain(WorkOrderEventKind.Escalated, kinds);
        Assert.DoesNotContain(WorkOrderEventKind.Reminded, kinds);
    }

    [Fact]
    public async Task Startup_RederivesEveryCheckpoint_AfterTheJobStoreWasEmptied()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("community.db");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        int orderId;
        await using (var before = await SchedulingHost.StartAsync(database, clock, startServer: false))
        {
            orderId = (await ReportUrgentLiftAsync(before)).Id;
            var storage = before.Services.GetRequiredService<JobStorage>();
            Assert.Equal(3, storage.GetMonitoringApi().ScheduledCount());
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        await using var after = await SchedulingHost.StartAsync(database, clock);

        Assert.True(await after.EventuallyAsync(Escalated(orderId, 2)), "checkpoints should come back from the database");
        Assert.Equal(5, await after.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrderEvents.CountAsync(e => e.WorkOrderId == orderId)));
    }
}
