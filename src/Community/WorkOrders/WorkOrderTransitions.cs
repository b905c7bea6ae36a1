namespace BuildingBot.Community.WorkOrders;

/// <summary>The legal transitions: from which statuses each action may be taken.</summary>
public static class WorkOrderTransitions
{
    private static readonly Dictionary<WorkOrderAction, WorkOrderStatus[]> From = new()
    {
        [WorkOrderAction.Assign] = [WorkOrderStatus.Submitted],
        [WorkOrderAction.Accept] = [WorkOrderStatus.Assigned],
        [WorkOrderAction.Transfer] = [WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
        [WorkOrderAction.Return] = [WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
        [WorkOrderAction.Resolve] = [WorkOrderStatus.Accepted],
        [WorkOrderAction.Rate] = [WorkOrderStatus.Resolved],
        [WorkOrderAction.Reopen] = [WorkOrderStatus.Resolved, WorkOrderStatus.Closed],
        [WorkOrderAction.Cancel] = [WorkOrderStatus.Submitted, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
        [WorkOrderAction.Remind] = [WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
        [WorkOrderAction.Escalate] = [WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
        [WorkOrderAction.Close] = [WorkOrderStatus.Resolved],
        [WorkOrderAction.AddCoReporter] = [WorkOrderStatus.Submitted, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
    };

    public static bool IsLegal(WorkOrderStatus status, WorkOrderAction action) => From[action].Contains(status);

    /// <summary>Why the action is not possible now, for the person who tried it.</summary>
    public static string Refusal(WorkOrder order, WorkOrderAction action)
    {
        ArgumentNullException.ThrowIfNull(order);
        var verb = action switch
        {
            WorkOrderAction.Accept => "接单",
            WorkOrderAction.Transfer => "转派",
            WorkOrderAction.Return => "退回",
            WorkOrderAction.Resolve => "办结",
            WorkOrderAction.Rate => "评价",
            WorkOrderAction.Reopen => "重新打开",
            WorkOrderAction.Cancel => "撤销",
            WorkOrderAction.AddCoReporter => "加入",
            _ => "处理",
        };
        var hint = (order.Status, action) switch
        {
            (WorkOrderStatus.Assigned, WorkOrderAction.Resolve) => $"请先接单（发“接单 {order.Number}”）。",
            (WorkOrderStatus.Accepted, WorkOrderAction.Accept) => "它已经在处理中了。",
            (WorkOrderStatus.Submitted, _) => "它还在社区待派单队列里。",
            _ => string.Empty,
        };
        return $"工单 {order.Number} 当前是“{order.Status.ToChinese()}”，不能{verb}。{hint}".TrimEnd();
    }
}
