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

        using var response = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("redis").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("understanding").GetString());
    }

    [Fact]
    public async Task Readyz_ChecksOnlyTheDatabase_InEmbeddedMode()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await ReadyAsync(client);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetString());
        Assert.False(checks.TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task Healthz_NamesTheVersionAndCommit_SoAnOperatorSeesWhichBuildAnswers()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        Assert.Matches(@"^\d+\.\d+\.\d+", body.RootElement.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("commit").GetString()));
    }

    /// <summary>/readyz once it answers 200, or its last answer after a minute (the model trains in the first seconds).</summary>
    private static async Task<HttpResponseMessage> ReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
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
