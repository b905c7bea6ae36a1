using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Creates staff accounts: a role, for grid roles the grid member the account is, and a one-time password or a WeCom userid.</summary>
public sealed class StaffAccounts(UserManager<StaffAccount> users, RoleManager<IdentityRole> roles, CommunityDbContext community)
{
    /// <returns>The one-time password, or the reasons (English) nothing was created.</returns>
    public Task<(string? Password, IReadOnlyList<string> Problems)> CreateAsync(string name, string role, string? gridMember, CancellationToken cancellationToken) =>
        CreateAsync(name, role, gridMember, null, cancellationToken);

    /// <summary>
    /// With <paramref name="weComUserId"/>, the account signs in through 企业微信 only (mapped to that userid as an external
    /// login) and has no password: the returned password is null and so are the problems.
    /// </summary>
    public async Task<(string? Password, IReadOnlyList<string> Problems)> CreateAsync(
        string name, string role, string? gridMember, string? weComUserId, CancellationToken cancellationToken)
    {
        weComUserId = string.IsNullOrWhiteSpace(weComUserId) ? null : weComUserId.Trim();
        if (weComUserId is not null && await users.FindByLoginAsync(WeComSignIn.Provider, weComUserId) is { } taken)
        {
            return (null, [$"WeCom userid '{weComUserId}' already signs in as '{taken.UserName}'."]);
        }

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

        var password = weComUserId is null ? OneTimePassword.New() : null;
        var account = new StaffAccount { UserName = name.Trim(), GridMemberId = memberId, MustChangePassword = password is not null };
        var created = password is null ? await users.CreateAsync(account) : await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => e.Description)]);
        }

        var inRole = await users.AddToRoleAsync(account, role);
        if (inRole.Succeeded && weComUserId is not null)
        {
            inRole = await users.AddLoginAsync(account, new UserLoginInfo(WeComSignIn.Provider, weComUserId, "企业微信"));
        }

        return inRole.Succeeded ? (password, []) : (null, [.. inRole.Errors.Select(e => e.Description)]);
    }
}
