namespace BuildingBot.BotHost.StaffConsole;

/// <summary>The console's authorization policy: a signed-in staff member of any role (or the embedded demo admin).</summary>
internal static class ConsolePolicies
{
    public const string Console = "Console";

    /// <summary>Pages only a 社区管理员 may open (the audit log).</summary>
    public const string ConsoleAdmin = "ConsoleAdmin";

    public const string LoginPath = "/console/login";
}
