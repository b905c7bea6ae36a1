namespace BuildingBot.WeCom.Api;

/// <summary>The ways a message reaches WeCom; each has its own limits (<see cref="WeComLimits"/>).</summary>
public enum WeComRoute
{
    /// <summary>The smart bot's one-time reply address for a message it received.</summary>
    ResponseUrl,

    /// <summary>A group robot's webhook.</summary>
    Webhook,

    /// <summary>The self-built app's message to a member (cgi-bin/message/send).</summary>
    MessageSend,

    /// <summary>The app's message to a group chat it created (cgi-bin/appchat/send).</summary>
    AppChat,

    /// <summary>A customer-group mass message the owner confirms (cgi-bin/externalcontact/add_msg_template).</summary>
    CustomerGroup,
}
