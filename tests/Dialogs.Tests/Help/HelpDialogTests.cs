using BuildingBot.Dialogs.Tests.Testing;

namespace BuildingBot.Dialogs.Tests.Help;

public class HelpDialogTests
{
    [Fact]
    public async Task Help_ListsWhatTheBotCanDo_InAPrivateChat()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.Send("帮助").AssertReplyContains("绑定房号").AssertNoReply();
    }

    [Fact]
    public async Task Help_AnswersInTheGroup_WhenMentioned()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.InGroup("sim-g-XF01-3").Send("帮助").AssertReplyContains("@幸福里助手", privately: false);
    }

    [Fact]
    public async Task Help_AnswersTheCommandKeyword_InAGroupWithoutMention()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.InGroup("sim-g-XF01-3").Send("帮助", mention: false).AssertReplyContains("我是幸福里助手");
    }

    [Fact]
    public async Task Bot_StaysSilent_InAGroupWhenNotAddressed()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.InGroup("sim-g-XF01-3").Send("今天天气不错，大家出去走走", mention: false).AssertNoReply();
    }

    [Fact]
    public async Task Bot_SaysItDidNotUnderstand_WhenNoIntentMatches()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.Send("嗯嗯今天吃了饺子").AssertReplyContains("没太明白");
    }
}
