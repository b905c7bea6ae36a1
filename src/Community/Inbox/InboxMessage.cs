using BuildingBot.Community.Queueing;

namespace BuildingBot.Community.Inbox;

/// <summary>
/// A channel callback that was acknowledged but not yet handled: an item of the inbound durable queue. Stored before
/// the acknowledgement, so a crash between the two loses nothing; the unique key also makes a channel's retry a no-op.
/// </summary>
public sealed class InboxMessage : IQueueItem
{
    public long Id { get; set; }

    /// <summary>The activity's de-duplication key (WeCom msgid or event key, simulator message id).</summary>
    public required string Key { get; set; }

    /// <summary>The conversation: its turns are handled one at a time, in the order they arrived.</summary>
    public required string TargetKey { get; set; }

    /// <summary>The activity as JSON, its channel data (a smart bot's response_url, a card to update) included.</summary>
    public required string Payload { get; set; }

    public QueueState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public Guid? LeaseToken { get; set; }

    public string? LastError { get; set; }
}
