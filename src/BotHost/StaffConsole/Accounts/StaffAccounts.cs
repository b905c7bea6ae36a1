using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Creates staff accounts: a role, for grid roles the grid member the account is, and a one-time password.</summary>
internal sealed class StaffAccounts(UserManager<StaffAccount> users, RoleManager<IdentityRole> roles, CommunityDbContext community)
{
    /// <returns>The one-time password, or the reasons (English) nothing was created.</returns>
    public async Task<(string? Password, IReadOnlyList<string> Problems)> CreateAsync(
        string name, string role, string? gridMember, CancellationToken cancellationToken)
    {
        if (!StaffRoles.All.Contains(role))
        {
            return (null, [$"Unknown role '{role}'. Use one of: {string.Join(", ", StaffRoles.All)}."]);
        }

        int? memberId = null;
        if (StaffRoles.IsGridScoped(role))
        {
            if (string.IsNullOrWhiteSpace(gridMember))
            {
                return (null, [$"A {role} account needs --grid-member <id> (the grid member's id or channel user id)."]);
            }

            var id = int.TryParse(gridMember, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
            memberId = await community.GridMembers.AsNoTracking()
                .Where(m => m.Id == id || m.ChannelUserId == gridMember)
                .Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (memberId is null)
            {
                return (null, [$"No grid member '{gridMember}'."]);
            }
        }

        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var password = OneTimePassword.New();
        var account = new StaffAccount { UserName = name.Trim(), GridMemberId = memberId, MustChangePassword = true };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => e.Description)]);
        }

        var inRole = await users.AddToRoleAsync(account, role);
        return inRole.Succeeded ? (password, []) : (null, [.. inRole.Errors.Select(e => e.Description)]);
    }
}
