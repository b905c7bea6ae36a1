using BuildingBot.Community.Channels;

namespace BuildingBot.Community.Outbox;

/// <summary>
/// A message waiting to be delivered, or delivered: replies and proactive messages are rows first,
/// so nothing is lost when a channel is slow or down, and the idempotency key (unique) keeps
/// anything from being queued twice.
/// </summary>
public sealed class OutboxMessage
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

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A dispatcher holds the message until then; after a crash another takes it.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why the last attempt failed, in English, without secrets or personal details.</summary>
    public string? LastError { get; set; }
}
