using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.WorkOrders;

public class WorkOrderDeadlinesTests
{
    private static async Task<WorkOrderRefusal?> RunAsync(WorkOrderWorld world, int orderId, string key) =>
        (await world.WithAsync(services => services.GetRequiredService<WorkOrderDeadlines>().RunAsync(orderId, key, default))).Refusal;

    private static Task<IReadOnlyList<Checkpoint>> PendingAsync(WorkOrderWorld world) =>
        world.WithAsync(services => services.GetRequiredService<WorkOrderDeadlines>().PendingAsync(default));

    [Fact]
    public async Task Run_RemindsThenEscalatesTwice_AsTheClockPassesEachCheckpoint()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        var order = await world.ReportAsync(urgency: Urgency.Urgent);
        var checkpoints = await PendingAsync(world);
        Assert.Equal(3, checkpoints.Count);

        Assert.Equal(checkpoints[0].At, (await RunAsync(world, order.Id, checkpoints[0].Key))?.DueAt);
        world.Clock.Advance(TimeSpan.FromMinutes(24));
        Assert.Null(await RunAsync(world, order.Id, checkpoints[0].Key));
        Assert.Null(await RunAsync(world, order.Id, checkpoints[0].Key));
        world.Clock.Advance(TimeSpan.FromMinutes(6));
        await RunAsync(world, order.Id, checkpoints[1].Key);
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await RunAsync(world, order.Id, checkpoints[2].Key);

        var saved = await world.WithAsync(services => Task.FromResult(services.GetRequiredService<CommunityDbContext>()
            .WorkOrders.Where(o => o.Id == order.Id).Select(o => new { o.EscalationLevel, Kinds = o.Events.OrderBy(e => e.Id).Select(e => e.Kind).ToList() }).Single()));
        Assert.Equal(2, saved.EscalationLevel);
        Assert.Equal([WorkOrderEventKind.Created, WorkOrderEventKind.Assigned, WorkOrderEventKind.Reminded, WorkOrderEventKind.Escalated, WorkOrderEventKind.Escalated], saved.Kinds);
        Assert.Empty(await PendingAsync(world));
    }

    [Fact]
    public async Task Run_DoesNothing_WhenTheOrderLeftThePhase()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        var order = await world.ReportAsync();
        var remind = (await PendingAsync(world))[0];
        await world.WithAsync(services => services.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, world.Member("楼栋长"), null, default));
        world.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(WorkOrderRefusalKind.CheckpointOver, (await RunAsync(world, order.Id, remind.Key))?.Kind);

        var pending = await PendingAsync(world);
        Assert.DoesNotContain(pending, c => c.Key == remind.Key);
        Assert.Equal(3, pending.Count);
    }

    [Fact]
    public async Task Run_ClosesAResolvedOrder_NobodyRated()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        var order = await ResolvedOrderAsync(world);
        var close = Assert.Single(await PendingAsync(world));
        world.Clock.Advance(TimeSpan.FromDays(3));

        await RunAsync(world, order.Id, close.Key);

        var status = await world.WithAsync(services => Task.FromResult(services.GetRequiredService<CommunityDbContext>().WorkOrders.Single(o => o.Id == order.Id).Status));
        Assert.Equal(WorkOrderStatus.Closed, status);
    }

    /// <summary>An order the building captain accepted and resolved just now.</summary>
    private static async Task<WorkOrder> ResolvedOrderAsync(WorkOrderWorld world)
    {
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        var order = await world.ReportAsync();
        var captain = world.Member("楼栋长");
        await world.WithAsync(services => services.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, captain, null, default));
        await world.WithAsync(services => services.GetRequiredService<WorkOrderLifecycle>().ResolveAsync(order.Id, captain, "已修好", null, null, default));
        return order;
    }

    private static Task<IReadOnlyList<Checkpoint>> DueAsync(WorkOrderWorld world) =>
        world.WithAsync(services => services.GetRequiredService<WorkOrderDeadlines>().DueAsync(default));

    private static Task<DateTimeOffset?> MarkAsync(WorkOrderWorld world, int orderId) =>
        world.WithAsync(services => Task.FromResult(services.GetRequiredService<CommunityDbContext>().WorkOrders.Single(o => o.Id == orderId).NextCheckpointAt));

    [Fact]
    public async Task Due_RaisesTheMarkToTheNextCheckpoint_WhenNothingIsDueYet()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        var order = await world.ReportAsync(urgency: Urgency.Urgent);
        Assert.Equal(world.Clock.GetUtcNow(), await MarkAsync(world, order.Id));

        Assert.Empty(await DueAsync(world));
        var remind = (await PendingAsync(world))[0];
        Assert.Equal(remind.At, await MarkAsync(world, order.Id));

        world.Clock.Advance(remind.At - world.Clock.GetUtcNow());
        Assert.Equal(remind.Key, Assert.Single(await DueAsync(world)).Key);
        Assert.Null(await RunAsync(world, order.Id, remind.Key));
        Assert.Equal(world.Clock.GetUtcNow(), await MarkAsync(world, order.Id));
        Assert.Empty(await DueAsync(world));
        Assert.Equal((await PendingAsync(world))[0].At, await MarkAsync(world, order.Id));
    }

    [Fact]
    public async Task Due_ReadsOnlyOrdersWhoseMarkHasPassed()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        var order = await world.ReportAsync(urgency: Urgency.Urgent);
        world.Clock.Advance(TimeSpan.FromHours(2));
        await world.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.NextCheckpointAt, world.Clock.GetUtcNow().AddDays(1))));

        Assert.Empty(await DueAsync(world));

        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, (await DueAsync(world)).Count);
    }

    [Fact]
    public async Task Due_ClearsTheMark_WhenTheOrderIsClosed()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        var order = await ResolvedOrderAsync(world);
        world.Clock.Advance(TimeSpan.FromDays(3));

        var close = Assert.Single(await DueAsync(world));
        Assert.Null(await RunAsync(world, order.Id, close.Key));

        Assert.Null(await MarkAsync(world, order.Id));
        Assert.Empty(await DueAsync(world));
    }
}
