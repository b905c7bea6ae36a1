using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Accounts;

/// <summary>
/// 账号管理 (社区管理员 only): every console account with its role, grid member and 企业微信 userid; add an account (its
/// one-time password is shown once, here, never logged), link or unlink a 企业微信 userid, reset a password, disable and
/// enable. Disabling locks the account out and renews its security stamp, so its sessions end at the next check. Every
/// change is described to the audit log; one's own account cannot be disabled.
/// </summary>
public sealed class IndexModel(StaffDbContext staff, CommunityDbContext community, UserManager<StaffAccount> users, StaffAccounts accounts, AuditTrail audit)
    : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string Role { get; set; } = StaffRoles.GridMember;
    [BindProperty] public string? GridMember { get; set; }
    [BindProperty] public string? WeComUserId { get; set; }

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> GridMembers { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Set once after an account is added or its password reset: shown on this response only.</summary>
    public (string Account, string Password)? OneTime { get; private set; }

    public string? Notice { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            Problems = ["请填写用户名。"];
        }
        else
        {
            var (password, problems) = await accounts.CreateAsync(name, Role, StaffRoles.IsGridScoped(Role) ? GridMember : null, WeComUserId, cancellationToken);
            Problems = [.. problems.Select(AccountWords.Problem)];
            if (Problems.Count == 0)
            {
                audit.Describe("新建工作台账号", name, after: $"{Role}{(string.IsNullOrWhiteSpace(WeComUserId) ? string.Empty : $"，企业微信 {WeComUserId.Trim()}")}");
                OneTime = password is null ? null : (name, password);
                Notice = password is null ? $"已新建账号“{name}”，用企业微信登录。" : $"已新建账号“{name}”。";
                (Name, WeComUserId, GridMember) = (null, null, null);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostLinkAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async account =>
    {
        var before = await WeComOfAsync(account);
        foreach (var login in (await users.GetLoginsAsync(account)).Where(l => l.LoginProvider == WeComSignIn.Provider))
        {
            await users.RemoveLoginAsync(account, login.LoginProvider, login.ProviderKey);
        }

        var userId = WeComUserId?.Trim();
        if (!string.IsNullOrEmpty(userId))
        {
            if (await users.FindByLoginAsync(WeComSignIn.Provider, userId) is { } taken)
            {
                return $"企业微信账号 {userId} 已绑定在“{taken.UserName}”上。";
            }

            var linked = await users.AddLoginAsync(account, new UserLoginInfo(WeComSignIn.Provider, userId, "企业微信"));
            if (!linked.Succeeded)
            {
                return AccountWords.Problem(string.Join(" ", linked.Errors.Select(e => e.Description)));
            }
        }

        audit.Describe(string.IsNullOrEmpty(userId) ? "解除企业微信绑定" : "绑定企业微信", account.UserName, before ?? "未绑定", userId ?? "未绑定");
        Notice = string.IsNullOrEmpty(userId) ? $"已解除“{account.UserName}”的企业微信绑定。" : $"“{account.UserName}”可以用企业微信（{userId}）登录了。";
        return null;
    }, cancellationToken);

    public Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async account =>
    {
        var password = OneTimePassword.New();
        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password);
        if (!reset.Succeeded)
        {
            return AccountWords.Problem(string.Join(" ", reset.Errors.Select(e => e.Description)));
        }

        account.MustChangePassword = true;
        await users.UpdateAsync(account);
        await users.SetLockoutEndDateAsync(account, null);
        audit.Describe("重置工作台密码", account.UserName, after: "一次性密码（须在首次登录时修改）");
        OneTime = (account.UserName!, password);
        return null;
    }, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async account =>
    {
        if (account.Id == users.GetUserId(User))
        {
            return "不能停用自己正在使用的账号。";
        }

        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, StaffAccount.DisabledUntil);
        await users.UpdateSecurityStampAsync(account);
        audit.Describe("停用工作台账号", account.UserName, "在用", "已停用");
        Notice = $"已停用“{account.UserName}”。";
        return null;
    }, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async account =>
    {
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        audit.Describe("启用工作台账号", account.UserName, "已停用", "在用");
        Notice = $"已启用“{account.UserName}”。";
        return null;
    }, cancellationToken);

    /// <summary>Runs a change on one account; the change returns the problem (Chinese) when it refused.</summary>
    private async Task<IActionResult> ChangeAsync(string id, Func<StaffAccount, Task<string?>> change, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return NotFound("没有这个账号。");
        }

        if (await change(account) is { } problem)
        {
            Problems = [problem];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<string?> WeComOfAsync(StaffAccount account) =>
        (await users.GetLoginsAsync(account)).FirstOrDefault(l => l.LoginProvider == WeComSignIn.Provider)?.ProviderKey;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var members = await community.GridMembers.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        GridMembers = [.. members.Select(m => (m.Id, m.Name))];
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var rows = await (from account in staff.Users.AsNoTracking()
                          join link in staff.UserRoles on account.Id equals link.UserId into links
                          from link in links.DefaultIfEmpty()
                          join role in staff.Roles on link.RoleId equals role.Id into roles
                          from role in roles.DefaultIfEmpty()
                          orderby account.UserName
                          select new { account.Id, account.UserName, Role = role == null ? null : role.Name, account.GridMemberId, account.LockoutEnd, account.MustChangePassword })
            .ToListAsync(cancellationToken);
        var weCom = await staff.UserLogins.AsNoTracking().Where(l => l.LoginProvider == WeComSignIn.Provider)
            .ToDictionaryAsync(l => l.UserId, l => l.ProviderKey, cancellationToken);
        Accounts = [.. rows.Select(r => new AccountRow(
            r.Id, r.UserName ?? string.Empty, r.Role ?? "—", r.GridMemberId is { } m && names.TryGetValue(m, out var member) ? member : null,
            weCom.GetValueOrDefault(r.Id), StaffAccount.IsDisabled(r.LockoutEnd), r.MustChangePassword))];
    }
}
