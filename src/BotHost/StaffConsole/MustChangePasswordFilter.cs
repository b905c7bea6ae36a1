using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BuildingBot.BotHost.StaffConsole;

/// <summary>While an account still has its one-time password, every console page but sign-in, sign-out and the password page sends it to choose a new one.</summary>
internal sealed class MustChangePasswordFilter : IAsyncPageFilter
{
    private static readonly string[] Exempt = ["/Login", "/Logout", "/Password"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && !Exempt.Contains(context.ActionDescriptor.ViewEnginePath, StringComparer.Ordinal))
        {
            context.Result = new RedirectResult("/console/password");
            return;
        }

        await next();
    }
}
