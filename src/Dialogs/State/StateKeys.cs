using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.State;

/// <summary>Storage keys of the three state scopes and of the turn lock.</summary>
public static class StateKeys
{
    public static string ConversationUser(ConversationReference conversation, string userId) =>
        $"bb:state:cu:{conversation.Channel}:{conversation.ConversationId}:{userId}";

    public static string User(ConversationReference conversation, string userId) => $"bb:state:u:{conversation.Channel}:{userId}";

    public static string Conversation(ConversationReference conversation) =>
        $"bb:state:c:{conversation.Channel}:{conversation.ConversationId}";

    public static string TurnLock(ConversationReference conversation, string userId) =>
        $"bb:lock:turn:{conversation.Channel}:{conversation.ConversationId}:{userId}";
}
