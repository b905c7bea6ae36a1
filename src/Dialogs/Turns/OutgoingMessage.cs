using System.Text.Json.Serialization;
using BuildingBot.Community.Privacy;

namespace BuildingBot.Dialogs.Turns;

/// <summary>A message the bot wants delivered; it goes through the outbox, never straight to a channel.</summary>
public sealed record OutgoingMessage
{
    public required ConversationReference Conversation { get; init; }

    public required string Text { get; init; }

    public MessageFormat Format { get; init; } = MessageFormat.Text;

    /// <summary>In a group: the member the message is addressed to (@name), if any.</summary>
    public ChannelAccount? Mention { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public IReadOnlyList<CardButton> Buttons { get; init; } = [];

    /// <summary>The activity this answers, so a channel can use its reply path.</summary>
    public string? ReplyToActivityId { get; init; }

    /// <summary>The one-time reply address of the activity this answers, when its channel gave one.</summary>
    public string? ReplyAddress { get; init; }

    /// <summary>Not a new message: marks this card (a channel's response code) as handled, showing <see cref="Text"/> on its button.</summary>
    public string? CardToUpdate { get; init; }

    /// <summary>Who reads it, decided by where it goes: a group's text passes the redactor before it is queued.</summary>
    [JsonIgnore]
    public MessageAudience Audience => Conversation.Kind == ConversationKind.Group ? MessageAudience.Group : MessageAudience.Private;

    /// <summary>The W3C traceparent of the turn or job that queued it (set where it is queued), continued by its delivery.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceParent { get; init; }

    /// <summary>Set when queued; the same key is delivered once.</summary>
    public string? IdempotencyKey { get; init; }
}
