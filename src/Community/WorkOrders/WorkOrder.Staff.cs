namespace BuildingBot.Community.WorkOrders;

/// <summary>What staff do besides the grid lifecycle: close an order as a duplicate of another, add a note.</summary>
public sealed partial class WorkOrder
{
    /// <summary>
    /// 合并: closes this open order as the same problem as <paramref name="original"/> (null: no such order), by an admin,
    /// the assignee or the grid leader, with a reason. The caller lets this order's reporters join the original.
    /// </summary>
    public WorkOrderRefusal? CloseAsDuplicate(
        WorkOrderActor actor, bool actorLeadsGrid, string originalNumber, WorkOrder? original, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != WorkOrderActorKind.Admin && AssigneeId != actor.Id && !actorLeadsGrid)
        {
            return NotYours();
        }

        if ((Refuse(WorkOrderAction.CloseAsDuplicate) ?? WorkOrderRefusal.ForText(reason, WorkOrderTextField.Reason, Number)) is { } refusal)
        {
            return refusal;
        }

        if (original is null || original.Status == WorkOrderStatus.Cancelled)
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.DuplicateTargetUnknown, Number) { Name = originalNumber };
        }

        if (original.Id == Id)
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.DuplicateOfItself, Number);
        }

        var from = Status;
        Status = WorkOrderStatus.Closed;
        ClosedAt = now;
        Record(WorkOrderEventKind.ClosedAsDuplicate, actor, now, from, $"与工单 {original.Number} 重复：{reason.Trim()}", AssigneeId);
        return null;
    }

    /// <summary>备注: a staff note on the timeline, at any status; changes nothing else.</summary>
    public WorkOrderRefusal? AddNote(WorkOrderActor actor, string note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (WorkOrderRefusal.ForText(note, WorkOrderTextField.Comment, Number) is { } invalid)
        {
            return invalid;
        }

        Record(WorkOrderEventKind.Noted, actor, now, Status, note.Trim());
        return null;
    }
}
