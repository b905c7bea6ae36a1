namespace BuildingBot.Community.WorkOrders;

/// <summary>The moments a deadline job looks at an order.</summary>
public enum CheckpointKind
{
    /// <summary>80% of the deadline: remind the assignee.</summary>
    Remind,

    /// <summary>The deadline: escalate to the grid leader.</summary>
    EscalateToLeader,

    /// <summary>Twice the deadline: escalate to the community admins.</summary>
    EscalateToAdmins,

    /// <summary>The rating window is over: close as unrated.</summary>
    CloseUnrated,
}
