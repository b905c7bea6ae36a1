namespace BuildingBot.Community.WorkOrders;

/// <summary>What happened to a work order; one timeline event each.</summary>
public enum WorkOrderEventKind
{
    Created,
    Assigned,
    Queued,
    Accepted,
    Transferred,
    Returned,
    Resolved,
    Rated,
    Reopened,
    Commented,
    Reminded,
    Escalated,
    Cancelled,
    Closed,
    CoReporterAdded,
}
