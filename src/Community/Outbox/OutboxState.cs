namespace BuildingBot.Community.Outbox;

public enum OutboxState
{
    /// <summary>Waiting for delivery (first try or a retry).</summary>
    Pending,

    Delivered,

    /// <summary>Gave up after the last attempt or on a permanent error; kept for admins to see.</summary>
    DeadLettered,
}
