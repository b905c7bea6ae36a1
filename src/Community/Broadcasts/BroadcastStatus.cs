namespace BuildingBot.Community.Broadcasts;

/// <summary>Where a broadcast stands.</summary>
public enum BroadcastStatus
{
    /// <summary>Waiting for its time (one-off) or running on its schedule (recurring); can be edited or cancelled.</summary>
    Scheduled,

    /// <summary>A one-off broadcast that went out.</summary>
    Sent,

    /// <summary>A one-off broadcast whose time passed during downtime by more than the misfire window.</summary>
    Missed,

    Cancelled,
}
