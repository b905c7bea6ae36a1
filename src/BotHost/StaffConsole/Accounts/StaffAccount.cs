using Microsoft.AspNetCore.Identity;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>A staff member who signs in to the console (社区工作台); the role (<see cref="StaffRoles"/>) is an Identity role.</summary>
public sealed class StaffAccount : IdentityUser
{
    /// <summary>The grid member a 网格长 or 网格员 account is (their grid is their scope); null for 社区管理员 and 只读.</summary>
    public int? GridMemberId { get; set; }

    /// <summary>Set for a one-time password from add-staff: the console lets them do nothing but choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>账号管理 disables an account by locking it out to the end of time (unlike the 15 minutes after failed sign-ins).</summary>
    public static DateTimeOffset DisabledUntil => DateTimeOffset.MaxValue;

    /// <summary>Disabled by 账号管理: a lockout ending in the last year there is (stored to the database's precision).</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd?.UtcDateTime.Year == DisabledUntil.Year;
}
