namespace BuildingBot.Community.WorkOrders;

/// <summary>The result of a change: the order and its new timeline entries, or why nothing changed.</summary>
public sealed record WorkOrderOutcome(WorkOrder? Order, WorkOrderRefusal? Refusal, IReadOnlyList<WorkOrderEvent> Events)
{
    public bool Succeeded => Refusal is null;

    /// <summary>The same action had already been done (a retried message): nothing new happened.</summary>
    public bool Replayed { get; init; }

    public static WorkOrderOutcome Fail(WorkOrderRefusal refusal, WorkOrder? order = null) => new(order, refusal, []);
}
