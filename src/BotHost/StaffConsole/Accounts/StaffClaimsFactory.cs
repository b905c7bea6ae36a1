using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>
/// The cookie's claims: name and role (Identity's), the linked grid member, the one-time-password mark, and for
/// 社区管理员 the staff role the admin API's policies ask for, so a signed-in admin may call the API as a key holder may.
/// </summary>
internal sealed class StaffClaimsFactory(
    UserManager<StaffAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.GridMemberId is { } member)
        {
            identity.AddClaim(new Claim(StaffClaims.GridMemberId, member.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(StaffClaims.MustChangePassword, "1"));
        }

        if (identity.HasClaim(Options.ClaimsIdentity.RoleClaimType, StaffRoles.Admin))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, Access.AccessPolicies.StaffRole));
        }

        return identity;
    }
}
