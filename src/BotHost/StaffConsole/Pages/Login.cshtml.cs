using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages;

/// <summary>Sign-in with name and password (repeated failures lock the account: Identity's lockout), or through 企业微信 when configured.</summary>
public sealed class LoginModel(SignInManager<StaffAccount> signIn, WeComSignIn weCom) : PageModel
{
    /// <summary>Shows the 企业微信登录 button (the corp's self-built app is configured).</summary>
    public bool WeComEnabled => weCom.Enabled;

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入用户名和密码。";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && back.StartsWith("/console", StringComparison.Ordinal) ? back : "/console");
        }

        Error = !result.IsLockedOut ? "用户名或密码不正确。"
            : await signIn.UserManager.FindByNameAsync(UserName.Trim()) is { } account && StaffAccount.IsDisabled(account.LockoutEnd)
                ? "这个账号已被社区管理员停用。"
                : "登录失败次数过多，账号已锁定，请 15 分钟后再试或联系社区管理员。";
        return Page();
    }
}
