using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.Unresolved;

/// <summary>
/// What the bot could not resolve is kept to learn from, redacted: a message it was unsure of, a clarifying question
/// left without an option, and the message a resident says it misunderstood. Recognitions are fixed so the tests
/// do not depend on how today's model scores one message.
/// </summary>
public class LearningMaterialTests
{
    private const string Vague = "我是龙婷，3幢2单元501，电话13812345678，楼下那个车的事";
    private const string Report = "龙婷说的那个事 13812345678";

    private static readonly Dictionary<string, RecognizerResult> Recognitions = new()
    {
        [Vague] = new()
        {
            Text = Vague,
            Intent = Intent.None,
            Confidence = 0.48,
            Candidates = [new(Intent.None, 0.48), new(Intent.ReportProblem, 0.41), new(Intent.PolicyQuestion, 0.06)],
        },
        [Report] = new()
        {
            Text = "那个事",
            Intent = Intent.ReportProblem,
            Confidence = 0.71,
            Candidates = [new(Intent.ReportProblem, 0.71), new(Intent.QueryProgress, 0.2)],
            Category = Community.Categories.ProblemCategory.Sanitation,
        },
    };

    private static Task<TestFlow> FlowAsync() => TestFlow.CreateAsync(configure: FixedRecognition.Register(Recognitions));

    private static Task<List<UnresolvedMessage>> RowsAsync(TestFlow flow) =>
        flow.Host.QueryAsync(db => db.UnresolvedMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task UnsureMessage_IsKeptRedacted_WithTheGuessAndNoIdentity()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下");

        var row = Assert.Single(await RowsAsync(flow));
        Assert.Equal(UnresolvedReason.LowConfidence, row.Reason);
        Assert.Equal("我是龙*，3幢[房号]，电话[电话]，楼下那个车的事", row.Text);
        Assert.Equal(("resident", "-", "None", 0.48), (row.Role, row.Context, row.Guess, row.Confidence));
        Assert.Equal(DialogsHost.Start, row.CreatedAt);
        Assert.DoesNotContain(Resident, row.Key, StringComparison.Ordinal);
        Assert.Null(row.LabelledAt);
    }

    [Fact]
    public async Task UnsureMessage_IsNotKept_WhenNotAddressedInAGroup()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3).Send(Vague, mention: false).AssertNoReply();

        Assert.Empty(await RowsAsync(flow));
    }

    [Theory]
    [InlineData("都不是")]
    [InlineData("取消")]
    [InlineData("我的行程")]
    public async Task ClarifyingQuestion_LeftWithoutAnOption_KeepsTheMessageAsUnanswered(string answer)
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下").Send(answer).ClearReplies();

        var row = Assert.Single(await RowsAsync(flow));
        Assert.Equal(UnresolvedReason.ClarifyUnanswered, row.Reason);
        Assert.Equal("我是龙*，3幢[房号]，电话[电话]，楼下那个车的事", row.Text);
    }

    [Fact]
    public async Task ClarifyingQuestion_AnsweredThriceWithNoOption_KeepsTheMessageAsUnanswered()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下")
            .Send("嗯嗯").AssertReplyContains("请回复选项前的数字").Send("啊").AssertReplyContains("请回复选项前的数字")
            .Send("哦").AssertReplyContains(Prompt<FoundChoice>.GaveUp);

        Assert.Equal(UnresolvedReason.ClarifyUnanswered, Assert.Single(await RowsAsync(flow)).Reason);
    }

    [Fact]
    public async Task ClarifyingQuestion_LeftUntilItExpires_KeepsTheMessageAsUnanswered()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下")
            .Wait(TimeSpan.FromMinutes(31)).Send("我的行程").ClearReplies();

        Assert.Equal(UnresolvedReason.ClarifyUnanswered, Assert.Single(await RowsAsync(flow)).Reason);
    }

    [Fact]
    public async Task ClarifyingQuestion_AnsweredWithAnOption_StaysLowConfidence()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下")
            .Send("1").AssertReplyContains("遇到了什么问题");

        Assert.Equal(UnresolvedReason.LowConfidence, Assert.Single(await RowsAsync(flow)).Reason);
    }

    [Fact]
    public async Task Complaint_KeepsTheMessageTheBotGotWrong_AndDropsWhatItStarted()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Report).AssertReplyContains("尽快处理")
            .Send("你理解错了").AssertReply(BotReplies.Misunderstood);

        var row = Assert.Single(await RowsAsync(flow));
        Assert.Equal(UnresolvedReason.Misunderstood, row.Reason);
        Assert.Equal("龙*说的那个事 [电话]", row.Text);
        Assert.Equal(("ReportProblem", 0.71, "Sanitation"), (row.Guess, row.Confidence, row.GuessCategory));
    }

    [Fact]
    public async Task Complaint_WithARestatement_StartsWhatIsRestated()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Report).AssertReplyContains("尽快处理")
            .Send("不对不对，我说的是我的行程").AssertReplyContains("出行登记");

        Assert.Equal(UnresolvedReason.Misunderstood, Assert.Single(await RowsAsync(flow)).Reason);
    }

    [Fact]
    public async Task UnsureMessage_SaidToBeMisunderstood_IsKeptOnceAsMisunderstood()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(Vague).AssertReplyContains("我想确认一下")
            .Send("你没听懂我的意思").AssertReply(BotReplies.Misunderstood);

        Assert.Equal(UnresolvedReason.Misunderstood, Assert.Single(await RowsAsync(flow)).Reason);
    }

    [Fact]
    public async Task Complaint_IsNotKept_WhenTheBotHadNotUnderstoodAnythingYet()
    {
        await using var flow = await FlowAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3).Send("不是这个意思", mention: false).AssertNoReply();

        Assert.Empty(await RowsAsync(flow));
    }
}
