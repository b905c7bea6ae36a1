namespace BuildingBot.BotHost.Tests.Access;

/// <summary>Who may call an endpoint, in one mode.</summary>
public enum Who
{
    /// <summary>Everybody, from anywhere.</summary>
    Anyone,

    /// <summary>Everybody, but only a request signed with the WeCom callback token is handled (others: 400).</summary>
    WeComSignature,

    /// <summary>Everybody may read; filing needs an Open311 api_key (others: 403).</summary>
    Open311Key,

    /// <summary>Holders of the admin key (a staff role); without a configured key, loopback callers in embedded mode only.</summary>
    Staff,

    /// <summary>A console page: signed-in staff; in embedded mode without accounts, loopback callers as the demo admin; others are sent to sign in (302).</summary>
    ConsoleUser,

    /// <summary>Not mapped in this mode: 404 for everybody.</summary>
    Absent,
}
