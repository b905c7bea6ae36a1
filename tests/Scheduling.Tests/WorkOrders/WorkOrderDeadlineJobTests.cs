using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Scheduling.WorkOrders;
using BuildingBot.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.WorkOrders;

public class WorkOrderDeadlineJobTests
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
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        return outcome.Order!;
    }

    private static Task<int> RunDueAsync(SchedulingHost host) =>
        host.WithAsync(services => services.GetRequiredService<WorkOrderDeadlineJob>().RunDueAsync(default));

    private static Task<List<WorkOrderEventKind>> KindsAsync(SchedulingHost host, int orderId) =>
        host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrderEvents
            .Where(e => e.WorkOrderId == orderId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());

    [Fact]
    public async Task RecurringJob_RemindsThenEscalatesToLeaderAndAdmins_ForAnOrderSavedBeforeTheSchedulerEverRan()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("community.db");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        int orderId;
        await using (var crashed = await SchedulingHost.StartAsync(database, clock, startServer: false))
        {
            // Saved, and the process gone before anything else ran: no job was ever scheduled for the order.
            orderId = (await ReportUrgentLiftAsync(crashed)).Id;
        }

        clock.Advance(TimeSpan.FromSeconds(30));
        await using var host = await SchedulingHost.StartAsync(database, clock);
        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(WorkOrderDeadlineJob.JobId);

        Assert.True(await host.EventuallyAsync(db => db.WorkOrders.AnyAsync(o => o.Id == orderId && o.EscalationLevel == 2)));
        Assert.Equal(
            [WorkOrderEventKind.Created, WorkOrderEventKind.Assigned, WorkOrderEventKind.Reminded, WorkOrderEventKind.Escalated, WorkOrderEventKind.Escalated],
            await KindsAsync(host, orderId));
        var outbox = await host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().OutboxMessages
            .Select(m => new { m.ConversationId, m.Payload }).ToListAsync());
        Assert.Contains(outbox, m => m.ConversationId == "sim-gm02" && m.Payload.Contains("【提醒】", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.ConversationId == "sim-gm01" && m.Payload.Contains("【超时升级】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDue_ActsOnEachCheckpointOnce_WhenRunsOverlap()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock, startServer: false);
        var order = await ReportUrgentLiftAsync(host);
        clock.Advance(TimeSpan.FromSeconds(30));

        var acted = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunDueAsync(host))));
        var again = await RunDueAsync(host);

        Assert.Equal(0, again);
        Assert.Equal(3, (await KindsAsync(host, order.Id)).Count(k => k is WorkOrderEventKind.Reminded or WorkOrderEventKind.Escalated));
        var reminders = await host.WithAsync(services => services.GetRequiredService<CommunityDbContext>().OutboxMessages
            .CountAsync(m => m.ConversationId == "sim-gm02" && m.Payload.Contains("【提醒】")));
        Assert.Equal(1, reminders);
        Assert.Equal(3, acted.Sum());
    }

    [Fact]
    public async Task RunDue_SkipsWithoutActing_WhileAnotherRunHoldsTheLock()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock, startServer: false);
        var order = await ReportUrgentLiftAsync(host);
        clock.Advance(TimeSpan.FromSeconds(30));

        int skipped;
        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
        using (connection.AcquireDistributedLock(WorkOrderDeadlineJob.JobId, TimeSpan.FromSeconds(5)))
        {
            skipped = await RunDueAsync(host);
        }

        Assert.Equal(0, skipped);
        Assert.Equal(3, await RunDueAsync(host));
        Assert.Equal(3, (await KindsAsync(host, order.Id)).Count(k => k is WorkOrderEventKind.Reminded or WorkOrderEventKind.Escalated));
    }

    [Fact]
    public async Task RunDue_DoesNothing_WhenTheOrderWasAcceptedInTime()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock, startServer: false);
        var order = await ReportUrgentLiftAsync(host);
        await host.WithAsync(async services =>
        {
            var captain = await services.GetRequiredService<CommunityDbContext>().GridMembers.SingleAsync(m => m.ChannelUserId == "sim-gm02");
            return await services.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, WorkOrderActor.Member(captain.Id, captain.Name), null, default);
        });
        clock.Advance(TimeSpan.FromSeconds(7)); // past every accept checkpoint, before the resolve reminder (8 s)

        Assert.Equal(0, await RunDueAsync(host));

        Assert.DoesNotContain(await KindsAsync(host, order.Id), k => k is WorkOrderEventKind.Reminded or WorkOrderEventKind.Escalated);
    }

    [Fact]
    public async Task Start_RegistersTheDeadlineJob_AndRemovesTheRetiredNotificationSweep()
    {
        using var folder = new TemporaryFolder();
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), new FakeTimeProvider(DateTimeOffset.UtcNow), startServer: false);
        var recurring = host.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate(WorkOrderJobRegistration.RetiredSweepJobId, () => Console.WriteLine("old sweep"), Cron.Minutely);

        await host.Services.GetServices<IHostedService>().OfType<WorkOrderJobRegistration>().Single().StartAsync(default);

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.Contains(WorkOrderDeadlineJob.JobId, ids);
        Assert.DoesNotContain(WorkOrderJobRegistration.RetiredSweepJobId, ids);
    }
}
