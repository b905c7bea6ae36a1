using System.Net;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.Health;

public class HealthEndpointsTests
{
    [Fact]
    public async Task Readyz_ReportsDatabaseAndRedis_WhenProductionModeRunsOnRealServers()
    {
        await using var factory = await BotHostFactory.ProductionAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("redis").GetString());
    }

    [Fact]
    public async Task Readyz_ChecksOnlyTheDatabase_InEmbeddedMode()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetString());
        Assert.False(checks.TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task Healthz_AnswersAlive()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
