namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>The console's roles, named as staff say them.</summary>
public static class StaffRoles
{
    /// <summary>Everything in the community; also passes the admin API's staff policies.</summary>
    public const string Admin = "社区管理员";

    /// <summary>Their grid's orders, members and buildings.</summary>
    public const string GridLeader = "网格长";

    /// <summary>Their own orders; read-only elsewhere in their grid.</summary>
    public const string GridMember = "网格员";

    /// <summary>Dashboard and reports of the community only (e.g. the street office).</summary>
    public const string ReadOnly = "只读";

    public static IReadOnlyList<string> All { get; } = [Admin, GridLeader, GridMember, ReadOnly];

    /// <summary>Roles whose scope is the grid of the grid member the account is linked to.</summary>
    public static bool IsGridScoped(string role) => role is GridLeader or GridMember;
}
