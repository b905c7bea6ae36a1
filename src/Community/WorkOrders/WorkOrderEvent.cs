namespace BuildingBot.Community.WorkOrders;

/// <summary>One entry of a work order's timeline: who did what, when and why.</summary>
public sealed class WorkOrderEvent
{
    public long Id { get; set; }

    public int WorkOrderId { get; set; }

    public WorkOrder? WorkOrder { get; set; }

    public WorkOrderEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public WorkOrderActorKind ActorKind { get; set; }

    public int? ActorId { get; set; }

    public string ActorName { get; set; } = string.Empty;

    public string? Reason { get; set; }

    public WorkOrderStatus FromStatus { get; set; }

    public WorkOrderStatus ToStatus { get; set; }

    /// <summary>The assignee before and after (transfer, return, routing).</summary>
    public int? FromMemberId { get; set; }

    public int? ToMemberId { get; set; }

    /// <summary>The action that caused it (activity id, deadline checkpoint); unique, so a retried action records nothing twice.</summary>
    public string? ActionKey { get; set; }
}
