using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Community.Tests.WorkOrders;

public class WorkOrderTransitionsTests
{
    /// <summary>Every (status, action) pair that is legal; all others are not.</summary>
    private static readonly HashSet<(WorkOrderStatus, WorkOrderAction)> Legal =
    [
        (WorkOrderStatus.Submitted, WorkOrderAction.Assign),
        (WorkOrderStatus.Submitted, WorkOrderAction.Cancel),
        (WorkOrderStatus.Submitted, WorkOrderAction.AddCoReporter),
        (WorkOrderStatus.Submitted, WorkOrderAction.CloseAsDuplicate),
        (WorkOrderStatus.Assigned, WorkOrderAction.Accept),
        (WorkOrderStatus.Assigned, WorkOrderAction.Transfer),
        (WorkOrderStatus.Assigned, WorkOrderAction.Return),
        (WorkOrderStatus.Assigned, WorkOrderAction.Cancel),
        (WorkOrderStatus.Assigned, WorkOrderAction.Remind),
        (WorkOrderStatus.Assigned, WorkOrderAction.Escalate),
        (WorkOrderStatus.Assigned, WorkOrderAction.AddCoReporter),
        (WorkOrderStatus.Assigned, WorkOrderAction.CloseAsDuplicate),
        (WorkOrderStatus.Accepted, WorkOrderAction.Transfer),
        (WorkOrderStatus.Accepted, WorkOrderAction.Return),
        (WorkOrderStatus.Accepted, WorkOrderAction.Resolve),
        (WorkOrderStatus.Accepted, WorkOrderAction.Cancel),
        (WorkOrderStatus.Accepted, WorkOrderAction.Remind),
        (WorkOrderStatus.Accepted, WorkOrderAction.Escalate),
        (WorkOrderStatus.Accepted, WorkOrderAction.AddCoReporter),
        (WorkOrderStatus.Accepted, WorkOrderAction.CloseAsDuplicate),
        (WorkOrderStatus.Resolved, WorkOrderAction.Rate),
        (WorkOrderStatus.Resolved, WorkOrderAction.Reopen),
        (WorkOrderStatus.Resolved, WorkOrderAction.Close),
        (WorkOrderStatus.Closed, WorkOrderAction.Reopen),
    ];

    public static TheoryData<WorkOrderStatus, WorkOrderAction> AllPairs()
    {
        var data = new TheoryData<WorkOrderStatus, WorkOrderAction>();
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            foreach (var action in Enum.GetValues<WorkOrderAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsLegal_MatchesTheLifecycle(WorkOrderStatus status, WorkOrderAction action) =>
        Assert.Equal(Legal.Contains((status, action)), WorkOrderTransitions.IsLegal(status, action));
}
