using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.WorkOrders;

public class WorkOrderLifecycleTests
{
    private static async Task<WorkOrderWorld> StaffedAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var world = await WorkOrderWorld.CreateAsync(provider);
        await world.AddMemberAsync("网格长", GridMemberRole.GridLeader);
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        await world.AddMemberAsync("网格员", GridMemberRole.GridMember);
        return world;
    }

    private static Task<WorkOrderOutcome> Do(WorkOrderWorld world, Func<WorkOrderLifecycle, Task<WorkOrderOutcome>> action) =>
        world.WithAsync(services => action(services.GetRequiredService<WorkOrderLifecycle>()));

    private static Task<WorkOrderOutcome> Resident(WorkOrderWorld world, Func<WorkOrderService, Task<WorkOrderOutcome>> action) =>
        world.WithAsync(services => action(services.GetRequiredService<WorkOrderService>()));

    private static Task<WorkOrder> ReloadAsync(WorkOrderWorld world, int id) =>
        world.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrders
            .Include(o => o.Events).SingleAsync(o => o.Id == id));

    [Fact]
    public async Task FullLifecycle_RecordsEveryStepOnTheTimeline()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();
        var captain = world.Member("楼栋长");

        Assert.True((await Do(world, l => l.AcceptAsync(order.Id, captain, null, default))).Succeeded);
        world.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True((await Do(world, l => l.ResolveAsync(order.Id, captain, "已修好", null, null, default))).Succeeded);
        Assert.True((await Resident(world, s => s.RateAsync(order.Id, world.Reporter, WorkOrderRating.Satisfied, null, null, default))).Succeeded);

        var closed = await ReloadAsync(world, order.Id);
        Assert.Equal(WorkOrderStatus.Closed, closed.Status);
        Assert.Equal(
            [WorkOrderEventKind.Created, WorkOrderEventKind.Assigned, WorkOrderEventKind.Accepted, WorkOrderEventKind.Resolved, WorkOrderEventKind.Rated],
            closed.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.All(closed.Events, e => Assert.False(string.IsNullOrEmpty(e.ActorName)));
    }

    [Fact]
    public async Task Accept_Fails_WhenOrderIsAssignedToSomeoneElse()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();

        var outcome = await Do(world, l => l.AcceptAsync(order.Id, world.Member("网格员"), null, default));

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.NotYours, "WO-20261127-0001") { Name = "楼栋长" }, outcome.Refusal);
        var unchanged = await ReloadAsync(world, order.Id);
        Assert.Equal(WorkOrderStatus.Assigned, unchanged.Status);
        Assert.Equal(order.Revision, unchanged.Revision);
    }

    [Fact]
    public async Task Resolve_Fails_WhenNotAcceptedYet()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();

        var outcome = await Do(world, l => l.ResolveAsync(order.Id, world.Member("楼栋长"), "已修好", null, null, default));

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.IllegalTransition, order.Number) { Status = WorkOrderStatus.Assigned, Action = WorkOrderAction.Resolve },
            outcome.Refusal);
    }

    [Fact]
    public async Task Transfer_NeedsAReason_AndAKnownMember()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();
        var captain = world.Member("楼栋长");

        var noReason = (await Do(world, l => l.TransferAsync(order.Id, captain, "网格员", " ", null, default))).Refusal;
        Assert.Equal((WorkOrderRefusalKind.TextEmpty, WorkOrderTextField.Reason), (noReason!.Kind, noReason.Field));
        var nobody = (await Do(world, l => l.TransferAsync(order.Id, captain, "无此人", "原因", null, default))).Refusal;
        Assert.Equal((WorkOrderRefusalKind.TransferTargetUnknown, "无此人"), (nobody!.Kind, nobody.Name));

        var moved = await Do(world, l => l.TransferAsync(order.Id, captain, "网格员", "不是维修问题", null, default));
        Assert.Equal(world.Ids["网格员"], moved.Order!.AssigneeId);
        Assert.Equal(WorkOrderStatus.Assigned, moved.Order.Status);
    }

    [Fact]
    public async Task AcceptedAt_IsTheCurrentAssigneesAccept_AndClearedWhenTheOrderIsRoutedOn()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();
        Assert.Null(order.AcceptedAt);

        world.Clock.Advance(TimeSpan.FromMinutes(20));
        var accepted = await Do(world, l => l.AcceptAsync(order.Id, world.Member("楼栋长"), null, default));
        Assert.Equal(world.Clock.GetUtcNow(), accepted.Order!.AcceptedAt);

        // 及时受理率 asks whether the assignee of the moment accepted in time: a transfer starts that over.
        var moved = await Do(world, l => l.TransferAsync(order.Id, world.Member("楼栋长"), "网格员", "不是维修问题", null, default));
        Assert.Null(moved.Order!.AcceptedAt);

        world.Clock.Advance(TimeSpan.FromHours(1));
        await Do(world, l => l.AcceptAsync(order.Id, world.Member("网格员"), null, default));
        var returned = await Do(world, l => l.ReturnAsync(order.Id, world.Member("网格员"), "需要社区协调", null, default));
        Assert.Null(returned.Order!.AcceptedAt);
        Assert.Equal(world.Clock.GetUtcNow(), (await ReloadAsync(world, order.Id)).Events.Single(e => e.Kind == WorkOrderEventKind.Accepted && e.ToMemberId == world.Ids["网格员"]).At);
    }

    [Fact]
    public async Task Return_GoesToTheLeader_ThenFromTheLeaderToTheQueue()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();

        var toLeader = await Do(world, l => l.ReturnAsync(order.Id, world.Member("楼栋长"), "不归我管", null, default));
        Assert.Equal(world.Ids["网格长"], toLeader.Order!.AssigneeId);

        var toQueue = await Do(world, l => l.ReturnAsync(order.Id, world.Member("网格长"), "需要社区协调", null, default));
        Assert.Null(toQueue.Order!.AssigneeId);
        Assert.Equal(WorkOrderStatus.Submitted, toQueue.Order.Status);

        var assigned = await Do(world, l => l.AssignAsync(order.Id, world.Ids["网格员"], WorkOrderActor.Admin("管理员"), null, default));
        Assert.Equal(WorkOrderStatus.Assigned, assigned.Order!.Status);
    }

    [Fact]
    public async Task Rate_Dissatisfied_ReopensWithANewResolveDeadline()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();
        var captain = world.Member("楼栋长");
        await Do(world, l => l.AcceptAsync(order.Id, captain, null, default));
        await Do(world, l => l.ResolveAsync(order.Id, captain, "已修好", null, null, default));
        world.Clock.Advance(TimeSpan.FromDays(1));

        var outcome = await Resident(world, s => s.RateAsync(order.Id, world.Reporter, WorkOrderRating.Dissatisfied, "还是坏的", null, default));

        Assert.Equal(WorkOrderStatus.Accepted, outcome.Order!.Status);
        Assert.Equal(world.Clock.GetUtcNow() + TimeSpan.FromDays(5), outcome.Order.ResolveDueAt);
        Assert.Equal([WorkOrderEventKind.Rated, WorkOrderEventKind.Reopened], outcome.Events.Select(e => e.Kind));
    }

    [Fact]
    public async Task Actions_AreRefused_OnFinishedOrders()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();
        Assert.True((await Resident(world, s => s.CancelAsync(order.Id, world.Reporter, null, null, default))).Succeeded);

        var accept = (await Do(world, l => l.AcceptAsync(order.Id, world.Member("楼栋长"), null, default))).Refusal;
        var rate = (await Resident(world, s => s.RateAsync(order.Id, world.Reporter, WorkOrderRating.Satisfied, null, null, default))).Refusal;
        var cancel = (await Resident(world, s => s.CancelAsync(order.Id, world.Reporter, null, null, default))).Refusal;
        Assert.All([accept, rate, cancel], r => Assert.Equal((WorkOrderRefusalKind.IllegalTransition, WorkOrderStatus.Cancelled), (r!.Kind, r.Status)));
        Assert.Equal([WorkOrderAction.Accept, WorkOrderAction.Rate, WorkOrderAction.Cancel], [accept!.Action, rate!.Action, cancel!.Action]);
    }

    [Fact]
    public async Task SameActionKey_IsAppliedOnce()
    {
        await using var world = await StaffedAsync();
        var order = await world.ReportAsync();

        var first = await Do(world, l => l.AcceptAsync(order.Id, world.Member("楼栋长"), "activity-1", default));
        var retry = await Do(world, l => l.AcceptAsync(order.Id, world.Member("楼栋长"), "activity-1", default));

        Assert.True(first.Succeeded);
        Assert.True(retry is { Succeeded: true, Replayed: true });
        Assert.Single((await ReloadAsync(world, order.Id)).Events, e => e.Kind == WorkOrderEventKind.Accepted);
    }

    [Fact]
    public async Task ConcurrentAccepts_OnPostgres_ExactlyOneWins()
    {
        await using var world = await StaffedAsync(StorageProvider.PostgreSql);
        var order = await world.ReportAsync();
        var captain = world.Member("楼栋长");
        var stranger = world.Member("网格员");

        var attempts = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Do(world, l => l.AcceptAsync(order.Id, i % 2 == 0 ? captain : stranger, $"accept-{i}", default))));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains(o.Refusal!.Kind, new[] { WorkOrderRefusalKind.NotYours, WorkOrderRefusalKind.IllegalTransition }));
        var saved = await ReloadAsync(world, order.Id);
        Assert.Single(saved.Events, e => e.Kind == WorkOrderEventKind.Accepted);
        Assert.Equal(WorkOrderStatus.Accepted, saved.Status);
    }

    [Fact]
    public async Task Create_IsIdempotent_AndNumbersOrdersPerShanghaiDay()
    {
        await using var world = await StaffedAsync();
        var first = await world.ReportAsync(sourceKey: "same");
        var again = await world.ReportAsync(sourceKey: "same");
        world.Clock.Advance(TimeSpan.FromHours(14)); // 2026-11-28 00:00 in Shanghai
        var nextDay = await world.ReportAsync(category: ProblemCategory.Sanitation);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("WO-20261127-0001", first.Number);
        Assert.Equal("WO-20261128-0001", nextDay.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_RefusesBadInput_AndWritesNothing(string description)
    {
        await using var world = await StaffedAsync();

        var empty = await Resident(world, s => s.CreateAsync(new NewWorkOrder
        {
            SourceKey = "x", BuildingId = world.Ids["A1"], Description = description, Actor = world.Reporter,
        }, default));
        var tooLong = await Resident(world, s => s.CreateAsync(new NewWorkOrder
        {
            SourceKey = "y", BuildingId = world.Ids["A1"], Description = new string('字', 1001), Actor = world.Reporter,
        }, default));
        var nowhere = await Resident(world, s => s.CreateAsync(new NewWorkOrder
        {
            SourceKey = "z", BuildingId = 9999, Description = "电梯坏了", Actor = world.Reporter,
        }, default));

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.TextEmpty) { Field = WorkOrderTextField.Description }, empty.Refusal);
        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.TextTooLong) { Field = WorkOrderTextField.Description }, tooLong.Refusal);
        Assert.Equal(WorkOrderRefusal.BuildingNotFound, nowhere.Refusal);
        Assert.Equal(0, await world.WithAsync(services => services.GetRequiredService<CommunityDbContext>().WorkOrders.CountAsync()));
    }
}
