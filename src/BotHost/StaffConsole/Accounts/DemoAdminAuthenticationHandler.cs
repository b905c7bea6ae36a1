using System.Security.Claims;
using System.Text.Encodings.Web;
using BuildingBot.BotHost.Access;
using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>
/// In embedded mode, until the first account exists, a local (loopback) caller is the console's demo admin, so a new
/// user who runs the README's command sees the console at once; every page says so. Never in production, never remote.
/// </summary>
internal sealed class DemoAdminAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccessSettings settings, CallerNetwork network, StaffDbContext accounts, DemoAdminState state)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ConsoleDemo";
    public const string DisplayName = "演示管理员";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (settings.Mode != RunMode.Embedded || !network.IsLocal(Context) || state.AccountsSeen)
        {
            return AuthenticateResult.NoResult();
        }

        if (await accounts.Users.AnyAsync(Context.RequestAborted))
        {
            state.AccountsSeen = true;
            return AuthenticateResult.NoResult();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DisplayName), new Claim(ClaimTypes.Role, StaffRoles.Admin), new Claim(StaffClaims.Demo, "1")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The cookie scheme answers the challenge (a redirect to the sign-in page); this one adds nothing.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Task.CompletedTask;

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Task.CompletedTask;
}
