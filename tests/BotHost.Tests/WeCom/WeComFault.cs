namespace BuildingBot.BotHost.Tests.WeCom;

/// <summary>How <see cref="FakeWeCom"/> answers one API call while an outage is on.</summary>
public enum WeComFault
{
    None,

    /// <summary>HTTP 500 with no WeCom body.</summary>
    ServerError,

    /// <summary>No answer at all: the request hangs until the caller gives up; nothing is delivered.</summary>
    Timeout,

    /// <summary>errcode 45009: api freq out of limit.</summary>
    RateLimited,

    /// <summary>errcode 40014: invalid access_token (also for a token just fetched).</summary>
    TokenInvalid,

    /// <summary>errcode 42001: access_token expired (also for a token just fetched).</summary>
    TokenExpired,
}
