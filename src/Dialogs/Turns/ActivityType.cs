namespace BuildingBot.Dialogs.Turns;

/// <summary>What happened in the conversation.</summary>
public enum ActivityType
{
    /// <summary>Someone wrote (text, images).</summary>
    Message,

    /// <summary>Someone joined a group or opened the chat with the bot for the first time.</summary>
    MemberJoined,

    /// <summary>Someone pressed a button on a card; <see cref="Activity.Value"/> holds the button's value.</summary>
    CardAction,

    /// <summary>A channel or system event; <see cref="Activity.Value"/> holds its name.</summary>
    Event,
}
