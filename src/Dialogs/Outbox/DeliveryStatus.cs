namespace BuildingBot.Dialogs.Outbox;

public enum DeliveryStatus
{
    Delivered,

    /// <summary>Try again later (timeout, 5xx, frequency limit).</summary>
    TransientFailure,

    /// <summary>Will never work (unknown user, forbidden); dead-lettered at once.</summary>
    PermanentFailure,

    /// <summary>Nothing reaches the conversation (a group nobody bound, with no reply address left); dead-lettered at once, as a warning.</summary>
    NoRoute,
}
