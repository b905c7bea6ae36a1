using BuildingBot.Community.Channels;

namespace BuildingBot.Dialogs.Turns;

/// <summary>Where a message goes: a group, or a person's private chat with the bot.</summary>
public sealed record ConversationReference(ChatChannel Channel, string ConversationId, ConversationKind Kind)
{
    /// <summary>A person's private chat; its id is the person's channel user id.</summary>
    public static ConversationReference Private(ChatChannel channel, string userId) =>
        new(channel, userId, ConversationKind.Private);

    public override string ToString() => $"{Channel}:{Kind}:{ConversationId}";
}
