using BuildingBot.Community.Categories;
using BuildingBot.Community.Events;
using BuildingBot.Community.Grids;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// 工单 / 民情事项: a resident's problem, followed from report to rating. The order keeps its own rules: each
/// change is a method that either records a timeline entry and raises <see cref="WorkOrderChanged"/> for it, or
/// returns a <see cref="WorkOrderRefusal"/> and changes nothing. The services load, route and save.
/// </summary>
public sealed partial class WorkOrder : AggregateRoot
{
    public const int MaxDescriptionLength = 1000;

    public int Id { get; set; }

    /// <summary>WO-yyyyMMdd-NNNN (the day in Asia/Shanghai); unique.</summary>
    public required string Number { get; set; }

    /// <summary>The activity (or API request) that created the order; unique, so a retried report creates nothing twice.</summary>
    public required string SourceKey { get; set; }

    public WorkOrderStatus Status { get; set; }

    public ProblemCategory Category { get; set; }

    public Urgency Urgency { get; set; }

    public required string Description { get; set; }

    public int BuildingId { get; set; }

    public Building? Building { get; set; }

    /// <summary>Room within the building when the problem is in a home ("2单元501"); personal, never shown in groups.</summary>
    public string? Room { get; set; }

    /// <summary>A photo (URL or data URL) the reporter sent.</summary>
    public string? PhotoUrl { get; set; }

    public int? ReporterId { get; set; }

    public Resident? Reporter { get; set; }

    /// <summary>The reporter allowed the grid member to call them (their phone is shown to the assignee only then).</summary>
    public bool ContactAllowed { get; set; }

    public int? GridId { get; set; }

    public Grid? Grid { get; set; }

    public int? AssigneeId { get; set; }

    public GridMember? Assignee { get; set; }

    /// <summary>Why routing chose the assignee (or the queue), in words.</summary>
    public string RoutingReason { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the current phase (assignment or acceptance) began; deadlines count from here.</summary>
    public DateTimeOffset PhaseStartedAt { get; set; }

    public DateTimeOffset? AcceptDueAt { get; set; }

    /// <summary>
    /// When the current assignee accepted (接单); null until then, and again whenever the order is routed (to someone
    /// else, or back to the queue). 及时受理率 counts the orders with AcceptedAt ≤ AcceptDueAt.
    /// </summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? ResolveDueAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Resolution { get; set; }

    public string? ResolutionPhotoUrl { get; set; }

    public WorkOrderRating? Rating { get; set; }

    public string? RatingComment { get; set; }

    /// <summary>
    /// No pending checkpoint of the order comes before this instant; null when none is pending (the order is queued,
    /// closed or cancelled). Every change sets it to the change's moment and the deadline sweep raises it to the next
    /// pending checkpoint, so each minute's sweep finds the due orders by index instead of reading every open one.
    /// </summary>
    public DateTimeOffset? NextCheckpointAt { get; set; }

    /// <summary>0 none; 1 escalated to the grid leader; 2 to the community admins.</summary>
    public int EscalationLevel { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two members accepting at once, exactly one wins.</summary>
    public int Revision { get; set; }

    public List<WorkOrderReporter> Reporters { get; } = [];

    public List<WorkOrderEvent> Events { get; } = [];

    public bool IsOpen => Status is WorkOrderStatus.Submitted or WorkOrderStatus.Assigned or WorkOrderStatus.Accepted;

    /// <summary>A new order from a report, routed by <paramref name="decision"/>: created, then assigned or queued.</summary>
    public static WorkOrder Report(NewWorkOrder report, string number, RoutingDecision decision, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(decision);
        var order = new WorkOrder
        {
            Number = number, SourceKey = report.SourceKey, Category = report.Category, Urgency = report.Urgency,
            Description = report.Description.Trim(), BuildingId = report.BuildingId, Room = report.Room, PhotoUrl = report.PhotoUrl,
            ReporterId = report.ReporterId, ContactAllowed = report.ContactAllowed, CreatedAt = now, UpdatedAt = now,
        };
        if (report.ReporterId is { } reporter)
        {
            order.Reporters.Add(new WorkOrderReporter { ResidentId = reporter, IsOriginal = true, AddedAt = now });
        }

        order.Record(WorkOrderEventKind.Created, report.Actor, now, WorkOrderStatus.Submitted, order.Description);
        order.Route(decision, options, now);
        order.Record(decision.IsQueued ? WorkOrderEventKind.Queued : WorkOrderEventKind.Assigned,
            WorkOrderActor.System, now, WorkOrderStatus.Submitted, decision.Reason, null, decision.MemberId);
        return order;
    }

    /// <summary>Why a report cannot become an order; null when it can.</summary>
    public static WorkOrderRefusal? Refuse(NewWorkOrder report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WorkOrderRefusal.ForText(report.Description, WorkOrderTextField.Description);
    }

    /// <summary>Appends an entry to the timeline and raises <see cref="WorkOrderChanged"/> for it.</summary>
    private void Record(
        WorkOrderEventKind kind, WorkOrderActor actor, DateTimeOffset at, WorkOrderStatus from, string? reason = null,
        int? fromMember = null, int? toMember = null)
    {
        var entry = new WorkOrderEvent
        {
            Kind = kind, At = at, ActorKind = actor.Kind, ActorId = actor.Id, ActorName = actor.Name, Reason = reason,
            FromStatus = from, ToStatus = Status, FromMemberId = fromMember, ToMemberId = toMember,
        };
        Events.Add(entry);
        NextCheckpointAt = Status is WorkOrderStatus.Assigned or WorkOrderStatus.Accepted or WorkOrderStatus.Resolved ? at : null;
        Raise(new WorkOrderChanged(this, entry));
    }

    /// <summary>Makes the order the member's (or the queue's) and starts the accept deadline.</summary>
    private void Route(RoutingDecision decision, WorkOrderOptions options, DateTimeOffset now)
    {
        GridId = decision.GridId ?? GridId;
        AssigneeId = decision.MemberId;
        RoutingReason = decision.Reason;
        Status = decision.IsQueued ? WorkOrderStatus.Submitted : WorkOrderStatus.Assigned;
        PhaseStartedAt = now;
        AcceptDueAt = decision.IsQueued ? null : now + options.For(Category, Urgency).Accept;
        AcceptedAt = null;
        ResolveDueAt = null;
        EscalationLevel = 0;
    }

    /// <summary>Back to the same assignee with a new resolve deadline.</summary>
    private void StartOver(WorkOrderOptions options, DateTimeOffset now)
    {
        Status = WorkOrderStatus.Accepted;
        PhaseStartedAt = now;
        ResolveDueAt = now + options.For(Category, Urgency).Resolve;
        ResolvedAt = null;
        ClosedAt = null;
        EscalationLevel = 0;
    }

    private WorkOrderRefusal? Refuse(WorkOrderAction action) =>
        WorkOrderTransitions.IsLegal(Status, action) ? null : WorkOrderRefusal.Illegal(this, action);

    private WorkOrderRefusal NotYours() => new(WorkOrderRefusalKind.NotYours, Number) { Name = Assignee?.Name };

    private WorkOrderRefusal NotReporter(WorkOrderAction action) => new(WorkOrderRefusalKind.NotReporter, Number) { Action = action };
}
