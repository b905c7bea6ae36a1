namespace BuildingBot.Community.Groups;

/// <summary>How the bot posts into a building group when nobody asked (broadcasts, reminders).</summary>
public enum DeliveryMode
{
    /// <summary>The local simulator delivers directly.</summary>
    Simulator,

    /// <summary>群机器人 webhook: 20 messages a minute per robot.</summary>
    GroupRobotWebhook,

    /// <summary>客户群群发 (add_msg_template): the group owner confirms each post in the client.</summary>
    CustomerGroupMessage,

    /// <summary>应用群聊 (appchat): internal members only.</summary>
    AppChat,
}
