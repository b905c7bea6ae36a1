namespace BuildingBot.Dialogs.Turns;

/// <summary>A group chat (楼栋群) or a private chat with the bot.</summary>
public enum ConversationKind
{
    Private,
    Group,
}
