using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages;

/// <summary>Choosing a new password (required after a one-time password); the demo admin has none to change.</summary>
public sealed class PasswordModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public bool MustChange => User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return LocalRedirect("/console");
        }

        if (New != Repeat)
        {
            Problems = ["两次输入的新密码不一致。"];
            return Page();
        }

        if (New == Current)
        {
            Problems = ["新密码不能与当前密码相同。"];
            return Page();
        }

        var changed = await users.ChangePasswordAsync(account, Current ?? string.Empty, New ?? string.Empty);
        if (!changed.Succeeded)
        {
            Problems = [.. changed.Errors.Select(e => PasswordProblems.ToChinese(e.Code))];
            return Page();
        }

        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        await signIn.RefreshSignInAsync(account);
        return LocalRedirect("/console");
    }
}
