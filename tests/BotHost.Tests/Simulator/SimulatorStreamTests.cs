using System.Net;

namespace BuildingBot.BotHost.Tests.Simulator;

public class SimulatorStreamTests
{
    private const string Group = "sim-g-XF01-3";

    [Fact]
    public async Task Events_Return404_ForAnUnknownConversation()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync(
            new Uri("/simulator/api/conversations/no-such-conversation/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Events_Return429_WhenTheCapOfOpenStreamsIsReached()
    {
        await using var factory = BotHostFactory.Embedded(("Simulator:MaxStreams", "1"));
        using var client = factory.CreateClient();
        var path = new Uri($"/simulator/api/conversations/{Group}/events", UriKind.Relative);

        using var first = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        using var second = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/event-stream", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
    }

    [Fact]
    public async Task Events_FreeTheirPlace_WhenTheClientLeaves()
    {
        await using var factory = BotHostFactory.Embedded(("Simulator:MaxStreams", "1"));
        using var client = factory.CreateClient();
        var path = new Uri($"/simulator/api/conversations/{Group}/events", UriKind.Relative);
        using (var first = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var status = HttpStatusCode.TooManyRequests;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); status == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline;)
        {
            using var again = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            status = again.StatusCode;
            if (status == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
