namespace BuildingBot.BotHost.StaffConsole;

/// <summary>The console's authorization policies: a signed-in staff member of any role (or the embedded demo admin), and narrower ones.</summary>
internal static class ConsolePolicies
{
    public const string Console = "Console";

    /// <summary>Community-wide pages (broadcasts): 社区管理员 and 只读; grid accounts do not see them.</summary>
    public const string CommunityView = "ConsoleCommunityView";

    /// <summary>社区管理员 only: changing things (sending a broadcast, editing an activity) and the audit log.</summary>
    public const string Manage = "ConsoleManage";

    public const string LoginPath = "/console/login";
}
