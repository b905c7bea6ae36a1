using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.WeCom.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages;

/// <summary>
/// 企业微信登录. Without a code: sends the browser to WeCom (网页授权 in the WeCom client, 扫码登录 elsewhere) with a fresh state
/// kept in a cookie. With one (WeCom's callback): checks the state against that cookie, asks WeCom who it is (auth/getuserinfo
/// with the app's token) and signs in the staff account mapped to that userid; anyone else is refused, in Chinese, and logged.
/// </summary>
public sealed partial class WeComLoginModel(
    WeComSignIn weCom, IServiceProvider services, SignInManager<StaffAccount> signIn, ILogger<WeComLoginModel> logger) : PageModel
{
    public string? Error { get; private set; }

    /// <summary>Signed in: the page sends the browser on to /console (same-site, so the Strict cookie goes with it).</summary>
    public bool SignedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? state, CancellationToken cancellationToken)
    {
        if (!weCom.Enabled)
        {
            return NotFound();
        }

        var callback = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}{WeComSignIn.CallbackPath}");
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(state))
        {
            var (fresh, cookie) = weCom.NewState();
            Response.Cookies.Append(WeComSignIn.StateCookie, cookie, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, MaxAge = WeComSignIn.StateLifetime, Path = WeComSignIn.CallbackPath,
            });
            return Redirect((WeComSignIn.IsWeComClient(Request.Headers.UserAgent) ? weCom.AuthorizeUrl(callback, fresh) : weCom.QrLoginUrl(callback, fresh)).AbsoluteUri);
        }

        var valid = weCom.IsValid(state, Request.Cookies[WeComSignIn.StateCookie]);
        Response.Cookies.Delete(WeComSignIn.StateCookie, new CookieOptions { Path = WeComSignIn.CallbackPath });
        if (!valid || string.IsNullOrEmpty(code))
        {
            LogBadState(HttpContext.Connection.RemoteIpAddress?.ToString());
            return Refused("登录请求已失效或不是从本页面发起的，请回到登录页重新点击“企业微信登录”。");
        }

        string? userId;
        try
        {
            userId = await services.GetRequiredService<WeComApiClient>().GetSignInUserIdAsync(code, cancellationToken);
        }
        catch (WeComApiException exception)
        {
            LogWeComRefused(exception.ErrorCode);
            return Refused(exception.ErrorCode == WeComErrorCodes.InvalidCode
                ? "企业微信登录码无效或已过期，请重新扫码登录。"
                : "暂时无法向企业微信确认您的身份，请稍后再试或使用账号密码登录。");
        }

        var result = userId is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.ExternalLoginSignInAsync(WeComSignIn.Provider, userId, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            // A page that moves on by itself rather than a redirect: the console cookie is SameSite=Strict, and a browser would
            // not send it on a redirect at the end of a chain that began on WeCom's site.
            SignedIn = true;
            return Page();
        }

        LogUnknownUser(userId ?? "(not a member of the corp)", result.IsLockedOut);
        return Refused(result.IsLockedOut
            ? "该工作台账号已被锁定，请稍后再试或联系社区管理员。"
            : "您的企业微信账号没有对应的工作台账号，无法登录。请联系社区管理员开通（add-staff --wecom-userid）。");
    }

    private PageResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom sign-in refused: the state is missing, expired or not this browser's (from {Address})")]
    private partial void LogBadState(string? address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom sign-in refused: auth/getuserinfo answered error {ErrorCode}")]
    private partial void LogWeComRefused(int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom sign-in refused: no staff account is mapped to WeCom userid {UserId} (locked out: {LockedOut})")]
    private partial void LogUnknownUser(string userId, bool lockedOut);
}
