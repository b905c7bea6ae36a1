using BuildingBot.Community.People;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Community.Tests.WorkOrders;

public class WorkOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly WorkOrderOptions Options = new();
    private static readonly WorkOrderActor Captain = WorkOrderActor.Member(7, "李秀英");
    private static readonly WorkOrderActor Stranger = WorkOrderActor.Member(8, "张志强");
    private static readonly WorkOrderActor Reporter = WorkOrderActor.Resident(3, "龙婷");

    /// <summary>An order assigned to 李秀英 (grid 1), reported by 龙婷, with no events waiting.</summary>
    private static WorkOrder Assigned()
    {
        var order = WorkOrder.Report(
            new NewWorkOrder { SourceKey = "k", BuildingId = 1, Description = "电梯坏了", ReporterId = 3, Actor = Reporter },
            "WO-20261127-0001", new RoutingDecision(1, 7, "李秀英", "楼栋长"), Options, Now);
        order.Assignee = new GridMember { Id = 7, GridId = 1, Name = "李秀英", ChannelUserId = "gm02" };
        order.TakeDomainEvents();
        return order;
    }

    private static WorkOrder Accepted()
    {
        var order = Assigned();
        Assert.Null(order.Accept(Captain, Options, Now));
        order.TakeDomainEvents();
        return order;
    }

    [Fact]
    public void Report_RecordsCreatedAndAssigned_AndRaisesAnEventForEach()
    {
        var order = WorkOrder.Report(
            new NewWorkOrder { SourceKey = "k", BuildingId = 1, Description = " 电梯坏了 ", ReporterId = 3, Actor = Reporter },
            "WO-20261127-0001", new RoutingDecision(1, 7, "李秀英", "楼栋长"), Options, Now);

        var raised = order.TakeDomainEvents().Cast<WorkOrderChanged>().ToList();
        Assert.Equal([WorkOrderEventKind.Created, WorkOrderEventKind.Assigned], raised.Select(e => e.Entry.Kind));
        Assert.Equal(order.Events, raised.Select(e => e.Entry));
        Assert.Equal((WorkOrderStatus.Assigned, 7, Now + TimeSpan.FromHours(2)), (order.Status, order.AssigneeId, order.AcceptDueAt));
    }

    [Fact]
    public void Accept_RecordsTheEntryAndRaisesOneEvent_WhenTheAssigneeAccepts()
    {
        var order = Assigned();

        var refusal = order.Accept(Captain, Options, Now);

        Assert.Null(refusal);
        var raised = Assert.IsType<WorkOrderChanged>(Assert.Single(order.TakeDomainEvents()));
        Assert.Same(order.Events[^1], raised.Entry);
        Assert.Equal((WorkOrderEventKind.Accepted, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted), (raised.Entry.Kind, raised.Entry.FromStatus, raised.Entry.ToStatus));
        Assert.Equal((WorkOrderStatus.Accepted, Now + TimeSpan.FromDays(5)), (order.Status, order.ResolveDueAt));
    }

    [Fact]
    public void Accept_Fails_WhenOrderIsAssignedToSomeoneElse()
    {
        var order = Assigned();

        var refusal = order.Accept(Stranger, Options, Now);

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.NotYours, "WO-20261127-0001") { Name = "李秀英" }, refusal);
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Equal(2, order.Events.Count);
        Assert.False(order.HasDomainEvents());
    }

    [Fact]
    public void Accept_RefusesAnIllegalTransition_WhenAlreadyAccepted()
    {
        var order = Accepted();

        var refusal = order.Accept(Captain, Options, Now);

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.IllegalTransition, order.Number) { Status = WorkOrderStatus.Accepted, Action = WorkOrderAction.Accept }, refusal);
        Assert.False(order.HasDomainEvents());
    }

    [Fact]
    public void Resolve_RefusesAnIllegalTransition_WhenNotAcceptedYet()
    {
        var order = Assigned();

        var refusal = order.Resolve(Captain, "已修好", null, Now);

        Assert.Equal((WorkOrderRefusalKind.IllegalTransition, WorkOrderAction.Resolve, WorkOrderStatus.Assigned), (refusal!.Kind, refusal.Action, refusal.Status));
        Assert.Null(order.Resolution);
    }

    [Fact]
    public void Resolve_RefusesAnEmptyResult_AndChangesNothing()
    {
        var order = Accepted();

        var refusal = order.Resolve(Captain, "  ", null, Now);

        Assert.Equal((WorkOrderRefusalKind.TextEmpty, WorkOrderTextField.Result), (refusal!.Kind, refusal.Field));
        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.False(order.HasDomainEvents());
    }

    [Fact]
    public void Cancel_Fails_WhenNotTheOriginalReporter()
    {
        var order = Assigned();

        var refusal = order.Cancel(WorkOrderActor.Resident(4, "田晓燕"), null, Now);

        Assert.Equal(new WorkOrderRefusal(WorkOrderRefusalKind.NotReporter, order.Number) { Action = WorkOrderAction.Cancel }, refusal);
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
    }

    [Fact]
    public void Transfer_PrefersTheNamesakeInTheOrdersGrid_AndRefusesAnAmbiguousName()
    {
        var order = Accepted();
        WorkOrderCandidate[] namesakes = [new(20, "王芳", 2), new(21, "王芳", 3)];

        var ambiguous = order.Transfer(Captain, false, "王芳", namesakes, "不在我的网格", Options, Now);
        var moved = order.Transfer(Captain, false, "王芳", [.. namesakes, new(22, "王芳", 1)], "不在我的网格", Options, Now);

        Assert.Equal((WorkOrderRefusalKind.TransferTargetAmbiguous, 2, "王芳"), (ambiguous!.Kind, ambiguous.Count, ambiguous.Name));
        Assert.Null(moved);
        Assert.Equal((WorkOrderStatus.Assigned, 22), (order.Status, order.AssigneeId));
        var entry = Assert.IsType<WorkOrderChanged>(Assert.Single(order.TakeDomainEvents())).Entry;
        Assert.Equal((WorkOrderEventKind.Transferred, 7, 22), (entry.Kind, entry.FromMemberId, entry.ToMemberId));
    }

    [Fact]
    public void Rate_Dissatisfied_RaisesRatedThenReopened()
    {
        var order = Accepted();
        Assert.Null(order.Resolve(Captain, "已修好", null, Now));
        order.TakeDomainEvents();

        var refusal = order.Rate(Reporter, WorkOrderRating.Dissatisfied, "还是坏的", Options, Now.AddDays(1));

        Assert.Null(refusal);
        Assert.Equal([WorkOrderEventKind.Rated, WorkOrderEventKind.Reopened], order.TakeDomainEvents().Cast<WorkOrderChanged>().Select(e => e.Entry.Kind));
        Assert.Equal((WorkOrderStatus.Accepted, (DateTimeOffset?)null), (order.Status, order.ResolvedAt));
    }

    [Fact]
    public void Pass_RefusesACheckpointNotDue_ThenEscalatesWhenItIs()
    {
        var order = Assigned();
        var leader = Checkpoint.Of(order, Options).Single(c => c.Kind == CheckpointKind.EscalateToLeader);

        var early = order.Pass(leader.Key, Options, Now.AddHours(1));
        var due = order.Pass(leader.Key, Options, Now.AddHours(2));

        Assert.Equal((WorkOrderRefusalKind.CheckpointNotDue, leader.At), (early!.Kind, early.DueAt!.Value));
        Assert.Null(due);
        Assert.Equal(1, order.EscalationLevel);
        Assert.Equal(WorkOrderEventKind.Escalated, Assert.IsType<WorkOrderChanged>(Assert.Single(order.TakeDomainEvents())).Entry.Kind);
    }
    [Fact]
    public void CloseAsDuplicate_ClosesTheOrder_WhenAnAdminNamesAnotherOrder()
    {
        var order = Accepted();
        var original = Assigned();
        original.Id = 41;
        original.Number = "WO-20261127-0041";

        var refusal = order.CloseAsDuplicate(WorkOrderActor.Admin("王主任"), false, original.Number, original, "同一盏路灯", Now);

        Assert.Null(refusal);
        Assert.Equal((WorkOrderStatus.Closed, Now), (order.Status, order.ClosedAt));
        Assert.Equal((WorkOrderEventKind.ClosedAsDuplicate, "与工单 WO-20261127-0041 重复：同一盏路灯"), (order.Events[^1].Kind, order.Events[^1].Reason));
    }

    [Fact]
    public void CloseAsDuplicate_IsRefused_WhenTheMemberNeitherHandlesNorLeadsIt()
    {
        var order = Accepted();
        var original = Assigned();
        original.Id = 41;

        var refusal = order.CloseAsDuplicate(Stranger, false, "WO-20261127-0041", original, "重复", Now);

        Assert.Equal(WorkOrderRefusalKind.NotYours, refusal?.Kind);
        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
    }

    [Fact]
    public void CloseAsDuplicate_IsRefused_WhenTheOriginalIsUnknownOrItself()
    {
        var order = Accepted();

        var unknown = order.CloseAsDuplicate(Captain, false, "WO-1", null, "重复", Now);
        var itself = order.CloseAsDuplicate(Captain, false, order.Number, order, "重复", Now);

        Assert.Equal((WorkOrderRefusalKind.DuplicateTargetUnknown, "WO-1"), (unknown?.Kind, unknown?.Name));
        Assert.Equal(WorkOrderRefusalKind.DuplicateOfItself, itself?.Kind);
    }

    [Fact]
    public void AddNote_RecordsTheNote_AndRefusesAnEmptyOne()
    {
        var order = Accepted();

        var empty = order.AddNote(Captain, "  ", Now);
        var noted = order.AddNote(Captain, " 已电话联系物业 ", Now);

        Assert.Equal(WorkOrderRefusalKind.TextEmpty, empty?.Kind);
        Assert.Null(noted);
        Assert.Equal((WorkOrderEventKind.Noted, "已电话联系物业", WorkOrderStatus.Accepted), (order.Events[^1].Kind, order.Events[^1].Reason, order.Status));
    }
}
