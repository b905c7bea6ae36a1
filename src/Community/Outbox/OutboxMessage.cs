using BuildingBot.Community.Channels;
using BuildingBot.Community.Queueing;

namespace BuildingBot.Community.Outbox;

/// <summary>
/// A message waiting to be delivered, or delivered: replies and proactive messages are rows first,
/// so nothing is lost when a channel is slow or down, and the idempotency key (unique) keeps
/// anything from being queued twice.
/// </summary>
public sealed class OutboxMessage : IQueueItem
{
    public long Id { get; set; }

    public required string IdempotencyKey { get; set; }

    public ChatChannel Channel { get; set; }

    public required string ConversationId { get; set; }

    public bool IsGroup { get; set; }

    /// <summary>Messages with the same target are delivered in order, one at a time.</summary>
    public required string TargetKey { get; set; }

    /// <summary>The message itself (text, format, buttons, attachments) as JSON.</summary>
    public required string Payload { get; set; }

    public QueueState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}
