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
        [WorkOrderAction.CloseAsDuplicate] = [WorkOrderStatus.Submitted, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted],
    };

    public static bool IsLegal(WorkOrderStatus status, WorkOrderAction action) => From[action].Contains(status);
}
