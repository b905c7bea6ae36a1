namespace BuildingBot.Community.WorkOrders;

/// <summary>What a passing checkpoint does: remind, escalate, or close an unrated order.</summary>
public sealed partial class WorkOrder
{
    /// <summary>
    /// Acts on the checkpoint of the current phase with <paramref name="checkpointKey"/>, if it is due; refuses a
    /// checkpoint of a phase the order has left, or one that is not due yet.
    /// </summary>
    public WorkOrderRefusal? Pass(string checkpointKey, WorkOrderOptions options, DateTimeOffset now)
    {
        var checkpoint = Checkpoint.Of(this, options).FirstOrDefault(c => c.Key == checkpointKey);
        if (checkpoint is null)
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.CheckpointOver, Number);
        }

        if (checkpoint.At > now)
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.CheckpointNotDue, Number) { DueAt = checkpoint.At };
        }

        var deadline = Status == WorkOrderStatus.Assigned ? "接单" : "办结";
        switch (checkpoint.Kind)
        {
            case CheckpointKind.Remind:
                Record(WorkOrderEventKind.Reminded, WorkOrderActor.System, now, Status, $"{deadline}时限即将到期", null, AssigneeId);
                break;
            case CheckpointKind.EscalateToLeader:
                EscalationLevel = Math.Max(EscalationLevel, 1);
                Record(WorkOrderEventKind.Escalated, WorkOrderActor.System, now, Status, $"超过{deadline}时限，升级到网格长", null, AssigneeId);
                break;
            case CheckpointKind.EscalateToAdmins:
                EscalationLevel = 2;
                Record(WorkOrderEventKind.Escalated, WorkOrderActor.System, now, Status, $"超过{deadline}时限一倍，升级到社区", null, AssigneeId);
                break;
            default:
                Status = WorkOrderStatus.Closed;
                ClosedAt = now;
                Record(WorkOrderEventKind.Closed, WorkOrderActor.System, now, WorkOrderStatus.Resolved, "超过评价时限，未评价自动关闭");
                break;
        }

        return null;
    }
}
