using BuildingBot.Dialogs.Tests.Testing;

namespace BuildingBot.Dialogs.Tests.Core;

public class ComponentDialogTests
{
    [Fact]
    public async Task Component_ReturnsItsInnerResult_ToTheDialogThatStartedIt()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Outer).AssertReply("内层问题？")
            .Send("答案").AssertReply("内层结果：[答案]")
            .AssertNoReply();
    }

    [Fact]
    public async Task Help_ReachesTheInnermostPrompt_ThroughNestedComponents()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Outer).AssertReply("内层问题？")
            .Send("帮助").AssertReply("内层帮助").AssertReply("内层问题？")
            .Send("好").AssertReply("内层结果：[好]");
    }

    [Fact]
    public async Task Cancel_EndsEveryNestedDialog()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Outer).AssertReply("内层问题？")
            .Send("取消").AssertReply(BuildingBot.Dialogs.Core.BotReplies.Cancelled)
            .Send("取消").AssertReply(BuildingBot.Dialogs.Core.BotReplies.NothingToCancel);
    }
}
