namespace BuildingBot.Dialogs.State;

/// <summary>
/// The state a turn works on: the dialog stack of this (conversation, user), and bags per user,
/// per conversation and per (conversation, user). Saved together at the end of the turn.
/// </summary>
public sealed class TurnState
{
    internal TurnState(ConversationUserDocument document, StateBag user, StateBag conversation)
    {
        Document = document;
        User = user;
        Conversation = conversation;
        ConversationUser = new StateBag(document.Values);
    }

    /// <summary>Values about the person, shared by all their conversations.</summary>
    public StateBag User { get; }

    /// <summary>Values about the conversation (the group), shared by its members.</summary>
    public StateBag Conversation { get; }

    /// <summary>Values of this person in this conversation.</summary>
    public StateBag ConversationUser { get; }

    public List<DialogInstance> Stack => Document.Stack;

    public DateTimeOffset? LastActivityAt
    {
        get => Document.LastActivityAt;
        set => Document.LastActivityAt = value;
    }

    /// <summary>Why the stored conversation could not be continued, when it could not.</summary>
    public string? RestartReason { get; internal set; }

    internal ConversationUserDocument Document { get; }
}
