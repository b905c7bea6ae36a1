using System.Text.Json.Serialization;
using BuildingBot.Community.Channels;

namespace BuildingBot.Dialogs.Turns;

/// <summary>One thing a channel received: a message, a join, a button press or an event.</summary>
public sealed record Activity
{
    /// <summary>The channel's id for it (WeCom msgid, simulator id); equal ids are the same activity.</summary>
    public required string Id { get; init; }

    public ActivityType Type { get; init; } = ActivityType.Message;

    public required ConversationReference Conversation { get; init; }

    public required ChannelAccount From { get; init; }

    public string? Text { get; init; }

    /// <summary>True when the message @-mentions the bot (always true in a private chat).</summary>
    public bool MentionsBot { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public DateTimeOffset Timestamp { get; init; }

    /// <summary>A card button's value or an event's name.</summary>
    public string? Value { get; init; }

    /// <summary>A one-time address the channel gave for answering this activity (the WeCom smart bot's response_url).</summary>
    public string? ReplyAddress { get; init; }

    /// <summary>The card this activity was a button press on, when the channel wants it marked handled afterwards (WeCom's response_code).</summary>
    public string? CardToUpdate { get; init; }

    /// <summary>
    /// The W3C traceparent of the request that brought it (set where it is stored), so its turn continues that trace
    /// from the inbox; trace ids only, no content.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceParent { get; init; }

    public ChatChannel Channel => Conversation.Channel;

    public bool IsGroup => Conversation.Kind == ConversationKind.Group;

    /// <summary>Key under which the same activity is handled once, also across processes.</summary>
    public string DeduplicationKey => $"{Channel}:{Id}";

    /// <summary>The sender's private chat with the bot.</summary>
    public ConversationReference SenderPrivateChat => ConversationReference.Private(Channel, From.Id);
}
