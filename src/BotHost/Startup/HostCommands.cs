namespace BuildingBot.BotHost.Startup;

/// <summary>
/// The commands the host runs instead of serving. Each is recognised only as the first argument; one given later (after
/// host options such as <c>--contentRoot</c>) would otherwise go unnoticed and start a whole server instead.
/// </summary>
internal static class HostCommands
{
    private static readonly string[] Names = ["migrate", "import", "seed-city", "add-staff", "understand", "healthcheck"];

    /// <summary>The command named somewhere after the first argument while the first is none, or null.</summary>
    public static string? Misplaced(string[] args) =>
        args is [var first, ..] && !Names.Contains(first) ? args.Skip(1).FirstOrDefault(Names.Contains) : null;

    public static string Problem(string command) =>
        $"'{command}' must be the first argument: dotnet BuildingBot.BotHost.dll {command} … " +
        "(give host settings such as the content root by environment, e.g. ASPNETCORE_CONTENTROOT).";
}
