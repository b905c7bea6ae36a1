using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// Until staff sign-in exists: a request carrying the configured admin key in X-Admin-Key is a staff
/// member. No header: anonymous; a wrong key: a failed sign-in (never logged with the key).
/// </summary>
internal sealed class AdminKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminKey";
    public const string HeaderName = "X-Admin-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (settings.AdminKey is not { } expected || !Request.Headers.TryGetValue(HeaderName, out var given))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!SecretKeys.IsAllowed(given.ToString(), [expected]))
        {
            return Task.FromResult(AuthenticateResult.Fail($"The {HeaderName} header does not hold the admin key."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin-key"), new Claim(ClaimTypes.Role, AccessPolicies.StaffRole)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
