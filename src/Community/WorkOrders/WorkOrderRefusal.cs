namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// A change the order's rules refused, with the facts needed to word it; the wording (Chinese for residents and
/// grid members, English for the admin API) is rendered where it is shown.
/// </summary>
public sealed record WorkOrderRefusal(WorkOrderRefusalKind Kind, string? Number = null)
{
    public WorkOrderStatus Status { get; init; }

    public WorkOrderAction Action { get; init; }

    /// <summary>A member's name: the current assignee, or the transfer target.</summary>
    public string? Name { get; init; }

    public int Count { get; init; }

    public WorkOrderTextField Field { get; init; }

    /// <summary>Routing's reason when it finds nobody.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public static WorkOrderRefusal NotFound { get; } = new(WorkOrderRefusalKind.NotFound);

    public static WorkOrderRefusal BuildingNotFound { get; } = new(WorkOrderRefusalKind.BuildingNotFound);

    /// <summary>A refusal when the text is empty or too long; null when fine.</summary>
    public static WorkOrderRefusal? ForText(string? text, WorkOrderTextField field, string? number = null) => text?.Trim() switch
    {
        null or { Length: 0 } => new(WorkOrderRefusalKind.TextEmpty, number) { Field = field },
        { Length: > WorkOrder.MaxDescriptionLength } => new(WorkOrderRefusalKind.TextTooLong, number) { Field = field },
        _ => null,
    };

    /// <summary>The action is not possible from the order's status.</summary>
    public static WorkOrderRefusal Illegal(WorkOrder order, WorkOrderAction action)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(WorkOrderRefusalKind.IllegalTransition, order.Number) { Status = order.Status, Action = action };
    }
}
