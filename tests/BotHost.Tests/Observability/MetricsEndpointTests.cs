using System.Net;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Observability;

/// <summary>/metrics of the running host after real traffic, against the names the dashboard and the alert rules use.</summary>
public sealed partial class MetricsEndpointTests : IAsyncLifetime
{
    private const string AdminKey = "metrics-test-admin-key-0123456789";
    private const string ScrapePeer = "198.51.100.20";

    private FakeWeCom _fake = null!;
    private WeComTraffic _traffic = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeWeCom.StartAsync();
        _traffic = new WeComTraffic(_fake);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Scrape_HasEveryMetricOfTheDashboardAndTheAlerts_AfterTraffic()
    {
        await using var factory = BotHostFactory.Embedded([.. _traffic.Settings, ("Admin:ApiKey", AdminKey)]);
        using var client = factory.CreateClient();

        // Acknowledged, duplicate and refused callbacks; turns answered through response_url and message/send; a WeCom error.
        using (await _traffic.BotGroupMessageAsync(client, "obs-1", "帮助"))
        using (await _traffic.BotGroupMessageAsync(client, "obs-1", "帮助"))
        using (await _traffic.BotGroupMessageAsync(client, "obs-2", "帮助", badSignature: true))
        using (await _traffic.AppMessageAsync(client, "WangJianHua", "帮助", "80001"))
        {
            await _fake.WaitForAsync(f => f.Sent("message/send").Any() && f.Sent("response/obs-1").Any());
        }

        _fake.ExpireCurrentToken(42001);
        using (await _traffic.AppMessageAsync(client, "WangJianHua", "帮助", "80002"))
        {
            // WeCom refused the token (42001, counted as an error) and a new one was fetched.
            await _fake.WaitForAsync(f => f.TokensIssued >= 2 && f.Sent("message/send").Count() >= 2);
        }

        using var staff = TestPeer.Client(factory.CreateClient(), TestPeer.Remote, AdminKey);
        var used = UsedNames(RepositoryFiles.Path("deploy", "observability", "grafana-dashboard.json"))
            .Concat(UsedNames(RepositoryFiles.Path("deploy", "observability", "alerts.yaml"))).ToHashSet(StringComparer.Ordinal);
        var missing = used.ToList();
        for (var i = 0; i < 50 && missing.Count > 0; i++)
        {
            await Task.Delay(200);
            var exposed = ExposedNames(await staff.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
            missing = [.. used.Where(n => !exposed.Contains(n))];
        }

        Assert.True(used.Count >= 15, $"only {used.Count} metric names found in the dashboard and the alerts");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Metrics_IsRefusedWithoutTheKeyFromOutside_AndServedToStaffAndScrapeNetworks()
    {
        await using var factory = await BotHostFactory.ProductionAsync(("Admin:ApiKey", AdminKey), ("Metrics:ScrapeNetworks:0", "198.51.100.0/24"));
        using var outsider = TestPeer.Client(factory.CreateClient(), TestPeer.Remote);
        using var local = factory.CreateClient();
        using var scraper = TestPeer.Client(factory.CreateClient(), ScrapePeer);
        using var staff = TestPeer.Client(factory.CreateClient(), TestPeer.Remote, AdminKey);
        var metrics = new Uri("/metrics", UriKind.Relative);

        using var refused = await outsider.GetAsync(metrics);
        using var refusedLocal = await local.GetAsync(metrics);
        using var scraped = await scraper.GetAsync(metrics);
        using var staffScraped = await staff.GetAsync(metrics);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("buildingbot_", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedLocal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.StartsWith("text/plain", scraped.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("target_info", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, staffScraped.StatusCode);
    }

    /// <summary>Metric names in a dashboard or rule file (ours, the HTTP server's and the runtime's).</summary>
    private static IEnumerable<string> UsedNames(string path) =>
        MetricName().Matches(File.ReadAllText(path)).Select(m => m.Value);

    /// <summary>The names of the samples in Prometheus' text format.</summary>
    private static HashSet<string> ExposedNames(string scrape) =>
        scrape.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('{', ' ')[0]).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:buildingbot|http_server|http_client|dotnet|aspnetcore|kestrel)_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
