using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Tests.Testing;

namespace BuildingBot.Dialogs.Tests.Middleware;

public class RateLimitMiddlewareTests
{
    [Fact]
    public async Task Flooding_GetsOneNoticeThenSilence_UntilTheWindowHasRoom()
    {
        await using var flow = await TestFlow.CreateAsync(demoData: false);
        for (var i = 0; i < 20; i++)
        {
            _ = flow.Send("帮助").AssertReplyContains("我是幸福里助手");
        }

        await flow.Send("帮助").AssertReply(BotReplies.TooFast)
            .Send("帮助").AssertNoReply()
            .Send("帮助").AssertNoReply()
            .Wait(TimeSpan.FromSeconds(61))
            .Send("帮助").AssertReplyContains("我是幸福里助手");
    }
}
