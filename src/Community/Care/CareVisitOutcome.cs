using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Community.Care;

/// <summary>A recorded visit and the household's next due day, or why not; for 转工单 also the order's outcome.</summary>
public sealed record CareVisitOutcome(CareVisit? Visit, DueVisit? Plan, CareVisitRefusal? Refusal)
{
    public WorkOrderOutcome? Order { get; init; }

    public static CareVisitOutcome Fail(CareVisitRefusal refusal) => new(null, null, refusal);
}
