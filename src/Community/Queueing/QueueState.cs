namespace BuildingBot.Community.Queueing;

/// <summary>Where an item of a durable queue (the inbox, the outbox) stands.</summary>
public enum QueueState
{
    /// <summary>Waiting to be handled: first try, a retry, or held by a lease while a worker handles it.</summary>
    Pending,

    /// <summary>Handled (an inbound turn ran, an outbound message was delivered).</summary>
    Done,

    /// <summary>Given up after the last attempt or on a permanent error; kept with its last error for admins.</summary>
    DeadLettered,
}
