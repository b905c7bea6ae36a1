using BuildingBot.BotHost.Tests.Startup;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Health;

/// <summary>The container image's HEALTHCHECK runs `dotnet BuildingBot.BotHost.dll healthcheck` (the image has no curl).</summary>
public class HealthProbeCommandTests
{
    [Fact]
    public async Task Healthcheck_ExitsZero_WhenTheHostAnswers()
    {
        await using var host = await RunningBotHost.StartAsync();
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>(), "healthcheck", new Uri(host.Address, "/healthz").ToString());

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("healthcheck: 200", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_ExitsOne_WhenNothingListens()
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(
            folder.Path, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://+:{BotHostProcess.ClosedPort()}" }, "healthcheck");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("healthcheck: HttpRequestException", outcome.Error, StringComparison.Ordinal);
    }
}
