namespace BuildingBot.Community.WorkOrders;

/// <summary>A moment at which the order's state is checked; the key is unique per order, phase and kind.</summary>
public sealed record Checkpoint(int WorkOrderId, CheckpointKind Kind, DateTimeOffset At, string Key)
{
    /// <summary>
    /// The checkpoints of the order's current phase: waiting to be accepted, being handled, or waiting
    /// for a rating. Derived from the order alone, so they can be re-derived at any time.
    /// </summary>
    public static IReadOnlyList<Checkpoint> Of(WorkOrder order, WorkOrderOptions options)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(options);
        // Whole seconds: databases keep fewer digits than .NET ticks, and the key must survive a round trip.
        var phaseKey = $"deadline:{order.Id}:{order.Status}:{order.PhaseStartedAt.ToUnixTimeSeconds()}";
        if (order.Status == WorkOrderStatus.Resolved && order.ResolvedAt is { } resolved)
        {
            return [new Checkpoint(order.Id, CheckpointKind.CloseUnrated, resolved + options.RatingWindow, $"{phaseKey}:close")];
        }

        var due = order.Status switch
        {
            WorkOrderStatus.Assigned => order.AcceptDueAt,
            WorkOrderStatus.Accepted => order.ResolveDueAt,
            _ => null,
        };
        if (due is not { } deadline)
        {
            return [];
        }

        var span = deadline - order.PhaseStartedAt;
        return
        [
            new Checkpoint(order.Id, CheckpointKind.Remind, order.PhaseStartedAt + (span * options.ReminderAt), $"{phaseKey}:remind"),
            new Checkpoint(order.Id, CheckpointKind.EscalateToLeader, deadline, $"{phaseKey}:leader"),
            new Checkpoint(order.Id, CheckpointKind.EscalateToAdmins, order.PhaseStartedAt + (span * 2), $"{phaseKey}:admins"),
        ];
    }
}
