namespace BuildingBot.Community.Queueing;

public enum QueueOutcomeKind
{
    Done,
    Retry,
    Permanent,

    /// <summary>Has nowhere to go (a reply to a group nobody bound, whose reply address is gone): dead-lettered now, as a warning rather than a fault.</summary>
    Undeliverable,
    Deferred,
}
