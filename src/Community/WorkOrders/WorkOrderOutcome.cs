namespace BuildingBot.Community.WorkOrders;

/// <summary>The result of a change: the order and its new events, or why nothing changed (in Chinese, for the person who asked).</summary>
public sealed record WorkOrderOutcome(WorkOrder? Order, string? Error, IReadOnlyList<WorkOrderEvent> Events)
{
    public bool Succeeded => Error is null;

    /// <summary>The same action had already been done (a retried message): nothing new happened.</summary>
    public bool Replayed { get; init; }

    public static WorkOrderOutcome Fail(string error, WorkOrder? order = null) => new(order, error, []);
}
