namespace BuildingBot.BotHost.Health;

/// <summary>
/// `healthcheck [url]`: asks a running host's <c>/healthz</c> and exits 0 when it answers 200, 1 otherwise — the
/// container image's HEALTHCHECK, which has no curl. The default address is the first of <c>Urls</c>/<c>ASPNETCORE_URLS</c>
/// (wildcard hosts become loopback), else http://127.0.0.1:8080.
/// </summary>
internal static class HealthProbeCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static bool IsHealthProbe(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var target = args.Length > 1 ? args[1] : DefaultUrl();
        if (!Uri.TryCreate(target, UriKind.Absolute, out var url))
        {
            Console.Error.WriteLine($"healthcheck: not an absolute URL: {target}");
            return 2;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url.AbsolutePath is "/" ? new Uri(url, "/healthz") : url);
            Console.WriteLine($"healthcheck: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"healthcheck: {exception.GetType().Name}: {exception.Message}");
            return 1;
        }
    }

    internal static string DefaultUrl()
    {
        var urls = Environment.GetEnvironmentVariable("Urls") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first))
        {
            return "http://127.0.0.1:8080/healthz";
        }

        var loopback = first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return loopback.TrimEnd('/') + "/healthz";
    }
}
