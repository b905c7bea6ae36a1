using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Tests.Prompts;

public class PromptTests
{
    private static readonly Attachment Photo = new("image/jpeg", "https://example.invalid/p.jpg");

    [Fact]
    public async Task Prompts_AcceptValidAnswersOfEveryType()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？\n1. 物业维修\n2. 环境卫生\n3. 其他")
            .Send("2").AssertReply("几个人？")
            .Send("三个").AssertReply("什么时候？")
            .Send("明天下午3点").AssertReply("有照片吗？")
            .Send("看图", attachments: [Photo]).AssertReply("提交吗？（是/否）")
            .Send("好的").AssertReply("老张|环境卫生|3|2026-11-28 15:00|1|True")
            .AssertNoReply();
    }

    [Fact]
    public async Task ChoicePrompt_AcceptsTheOptionTextAndSynonyms()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？")
            .Send("报修").AssertReply("几个人？")
            .Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老李").AssertReplyContains("哪类问题？")
            .Send("第三个").AssertReply("几个人？")
            .Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老王").AssertReplyContains("哪类问题？")
            .Send("选环境卫生吧").AssertReply("几个人？");
    }

    [Fact]
    public async Task Prompts_RetryWithAHint_WhenTheAnswerIsInvalid()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？")
            .Send("7").AssertReplyContains("请回复选项前的数字")
            .Send("1").AssertReply("几个人？")
            .Send("很多").AssertReplyContains("请回复一个数字")
            .Send("20").AssertReply("人数要在1到10之间。")
            .Send("两").AssertReply("什么时候？")
            .Send("随便").AssertReplyContains("例如“明天上午9点”")
            .Send("下周三").AssertReply("有照片吗？")
            .Send("嗯").AssertReplyContains("没有照片请回复“跳过”")
            .Send("跳过").AssertReply("提交吗？（是/否）")
            .Send("也许吧").AssertReplyContains("请回复“是”或“否”")
            .Send("算了").AssertReply("老张|物业维修|2|2026-12-02 00:00|0|False");
    }

    [Fact]
    public async Task Prompts_EndTheDialogPolitely_AfterThreeInvalidAnswers()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？")
            .Send("不知道").AssertReplyContains("请回复选项前的数字")
            .Send("九").AssertReplyContains("请回复选项前的数字")
            .Send("随便").AssertReply(Prompt<int>.GaveUp)
            .Send("1").AssertReplyContains("没太明白");
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(2, "很多")]
    [InlineData(3, "随便哪天")]
    [InlineData(4, "等一下")]
    [InlineData(5, "也许吧")]
    public async Task EveryPromptType_EndsPolitely_AfterThreeInvalidAnswers(int answered, string invalid)
    {
        string[] valid = ["老张", "1", "3", "明天", "跳过"];
        await using var flow = await TestFlow.WithTestDialogsAsync();
        _ = flow.Begin(TestDialogs.Survey).AssertReplyContains("您怎么称呼？");
        foreach (var answer in valid.Take(answered))
        {
            _ = flow.Send(answer).AssertReplyContains("？");
        }

        await flow.Send(invalid).AssertReplyContains("请").Send(invalid).AssertReplyContains("请")
            .Send(invalid).AssertReply(Prompt<int>.GaveUp)
            .AssertNoReply();
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("对", true)]
    [InlineData("好的", true)]
    [InlineData("可以的", true)]
    [InlineData("嗯", true)]
    [InlineData("没问题", true)]
    [InlineData("OK", true)]
    [InlineData("否", false)]
    [InlineData("不", false)]
    [InlineData("不用", false)]
    [InlineData("算了", false)]
    [InlineData("不好", false)]
    [InlineData("不是的", false)]
    [InlineData("没有", false)]
    [InlineData("行", true)]
    [InlineData("可以", true)]
    [InlineData("不急", false)]
    [InlineData("不用急", false)]
    [InlineData("不着急", false)]
    [InlineData("没事", false)]
    [InlineData("别打了", false)]
    public void ConfirmPrompt_Interprets(string text, bool expected)
    {
        Assert.Equal(expected, ConfirmPrompt.Interpret(text));
    }

    [Theory]
    [InlineData("也许")]
    [InlineData("")]
    [InlineData("再说吧")]
    public void ConfirmPrompt_DoesNotGuess(string text)
    {
        Assert.Null(ConfirmPrompt.Interpret(text));
    }
}
