using System.Security.Cryptography;
using BuildingBot.BotHost.WeCom;
using Microsoft.AspNetCore.DataProtection;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>
/// 企业微信登录 with the corp's self-built app: the authorize URLs (网页授权 inside the WeCom client, 扫码登录 elsewhere) and the
/// OAuth2 state that ties the callback to the browser that started it (a random value in the URL and, protected and
/// timed, in a cookie of that browser). A staff account is mapped to a WeCom userid as an Identity external login.
/// </summary>
public sealed class WeComSignIn
{
    /// <summary>The Identity login provider of the mapping (StaffAccountLogins: provider, userid).</summary>
    public const string Provider = "WeCom";

    public const string CallbackPath = "/console/login/wecom";

    public const string StateCookie = "buildingbot.wecom.state";

    /// <summary>How long a started sign-in may take (WeCom's codes live five minutes).</summary>
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    private readonly WeComSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ITimeLimitedDataProtector _protector;

    internal WeComSignIn(WeComSettings settings, IDataProtectionProvider protection, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(protection);
        (_settings, _clock) = (settings, clock);
        _protector = protection.CreateProtector("BuildingBot.StaffConsole.WeComState").ToTimeLimitedDataProtector();
    }

    /// <summary>Configured when the self-built app (corp id, agent id, secret) is.</summary>
    public bool Enabled => _settings.App is not null && !string.IsNullOrEmpty(_settings.CorpId);

    /// <summary>A new state: the value for the URL, and the protected one for the cookie.</summary>
    public (string State, string Cookie) NewState()
    {
        var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (state, _protector.Protect(state, _clock.GetUtcNow().Add(StateLifetime)));
    }

    /// <summary>Whether <paramref name="state"/> is the one this browser's cookie holds, unexpired.</summary>
    public bool IsValid(string? state, string? cookie)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        try
        {
            var expected = _protector.Unprotect(cookie, out var expires);
            return expires > _clock.GetUtcNow()
                && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(state));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Inside the WeCom client (its user agent says wxwork): OAuth2 网页授权, silent (snsapi_base).</summary>
    public Uri AuthorizeUrl(Uri callback, string state) => new(
        $"https://open.weixin.qq.com/connect/oauth2/authorize?appid={Escape(_settings.CorpId!)}&redirect_uri={Escape(callback.AbsoluteUri)}" +
        $"&response_type=code&scope=snsapi_base&agentid={Escape(_settings.App!.AgentId)}&state={Escape(state)}#wechat_redirect");

    /// <summary>In an ordinary browser: WeCom's QR login page for the self-built app (扫码登录).</summary>
    public Uri QrLoginUrl(Uri callback, string state) => new(
        $"https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid={Escape(_settings.CorpId!)}&agentid={Escape(_settings.App!.AgentId)}" +
        $"&redirect_uri={Escape(callback.AbsoluteUri)}&state={Escape(state)}");

    public static bool IsWeComClient(string? userAgent) => userAgent?.Contains("wxwork", StringComparison.OrdinalIgnoreCase) == true;

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
