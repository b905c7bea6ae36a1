namespace BuildingBot.BotHost.StaffConsole;

/// <summary>
/// GET /console/console.js (the console's small script: live previews, showing the fields a choice needs) and
/// /console/vendor/echarts.min.js (Apache ECharts, Apache-2.0, see StaffConsole/vendor/LICENSE-echarts.txt): built into the
/// assembly like the style sheet, so the console works without a CDN and without the static-files switch.
/// </summary>
internal static class ConsoleScripts
{
    private static readonly Dictionary<string, Lazy<byte[]>> Files = new(StringComparer.Ordinal)
    {
        ["/console/console.js"] = Embedded("StaffConsole.console.js"),
        ["/console/vendor/echarts.min.js"] = Embedded("StaffConsole.vendor.echarts.min.js"),
    };

    public static IEndpointRouteBuilder MapConsoleScripts(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, bytes) in Files)
        {
            endpoints.MapGet(path, () => Results.Bytes(bytes.Value, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        }

        return endpoints;
    }

    private static Lazy<byte[]> Embedded(string name) => new(() =>
    {
        using var stream = typeof(ConsoleScripts).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"{name} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
