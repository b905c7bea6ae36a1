namespace BuildingBot.Community.Queueing;

public enum QueueOutcomeKind
{
    Done,
    Retry,
    Permanent,
    Deferred,
}
