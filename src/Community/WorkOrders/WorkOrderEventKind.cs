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

    /// <summary>A staff note on the timeline (the console's 备注); nobody is notified.</summary>
    Noted,

    /// <summary>Closed by staff as the same problem as another order (its reporters join that one).</summary>
    ClosedAsDuplicate,
}
