using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages;

/// <summary>Sign-out (POST with the anti-forgery token; a GET only explains).</summary>
public sealed class LogoutModel(SignInManager<StaffAccount> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(ConsolePolicies.LoginPath);
    }
}
