namespace BuildingBot.BotHost.StaffConsole;

/// <summary>GET /console/console.css: the console's one style sheet, built into the assembly (no CDN, no static-files switch).</summary>
internal static class ConsoleStyleSheet
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(ConsoleStyleSheet).Assembly.GetManifestResourceStream("StaffConsole.console.css")
                           ?? throw new InvalidOperationException("console.css is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/console/console.css", () => Results.Text(Text.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
        endpoints.MapConsoleScripts();
        endpoints.MapRazorPages();
        return endpoints;
    }
}
