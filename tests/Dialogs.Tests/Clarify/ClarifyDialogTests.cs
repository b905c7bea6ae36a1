using BuildingBot.Dialogs.Clarify;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.Clarify;

/// <summary>
/// The clarifying question, driven with a recognition the classifier was unsure of (so the tests do not depend on
/// how today's model happens to score one message), and the manager's choice between asking and not.
/// </summary>
public class ClarifyDialogTests
{
    private static readonly RecognizerResult Unsure = new()
    {
        Text = "楼下的车",
        Intent = Intent.None,
        Confidence = 0.48,
        Candidates = [new(Intent.None, 0.48), new(Intent.ReportProblem, 0.41), new(Intent.PolicyQuestion, 0.06)],
    };

    [Fact]
    public async Task Unsure_AsksWhatTheMessageWants_AndStartsIt_WhenAnsweredByNumber()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Begin(ClarifyDialog.DialogId, Unsure).AssertReply("我想确认一下，您是想：\n1. 报事求助（请网格员处理）\n2. 都不是")
            .Send("1").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task Unsure_StartsTheChosenThing_WhenAnsweredInWords()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Begin(ClarifyDialog.DialogId, Unsure).AssertReplyContains("您是想")
            .Send("报事").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task Unsure_EndsWithTheWaysForward_WhenNoneOfTheOptionsIsMeant()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Begin(ClarifyDialog.DialogId, Unsure).AssertReplyContains("您是想")
            .Send("都不是").AssertReplyContains("您可以直接说要办的事");

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Unsure_IsAnsweredOnlyByTheResidentWhoWasAsked_InAGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Begin(ClarifyDialog.DialogId, Unsure).AssertReplyContains("您是想")
            .As(Neighbour, "田晓燕").Send("1", mention: false).AssertNoReply()
            .As(Resident, "龙婷").Send("1").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task NothingPlausible_IsSaidNotUnderstood()
    {
        await using var flow = await TestFlow.CreateAsync();
        var vague = Unsure with { Candidates = [new(Intent.None, 0.9), new(Intent.SmallTalk, 0.05)] };

        await flow.As(Resident, "龙婷").InPrivate()
            .Begin(ClarifyDialog.DialogId, vague).AssertReply(BotReplies.NotUnderstood);
    }

    [Fact]
    public async Task Options_OfferOnlyPlausibleThingsTheBotCanDo_AndOnlyWhenUnsure()
    {
        await using var flow = await TestFlow.CreateAsync();
        var clarify = (ClarifyDialog)flow.Host.Services.GetServices<Dialog>().Single(d => d.Id == ClarifyDialog.DialogId);

        Assert.Equal([Intent.ReportProblem], clarify.Options(Unsure));
        Assert.Empty(clarify.Options(Unsure with { Intent = Intent.ReportProblem }));
        Assert.Empty(clarify.Options(Unsure with { Text = "1" }));
        Assert.Empty(clarify.Options(Unsure with { Candidates = [new(Intent.SmallTalk, 0.4), new(Intent.Help, 0.3)] }));
    }

    [Fact]
    public async Task UnsureMessage_IsAskedAbout_ThroughTheWholeTurn()
    {
        await using var flow = await TestFlow.CreateAsync();
        var recognizer = flow.Host.Services.GetRequiredService<Recognizer>();
        var clarify = (ClarifyDialog)flow.Host.Services.GetServices<Dialog>().Single(d => d.Id == ClarifyDialog.DialogId);
        string[] vague = ["楼下的车", "电梯的事", "孩子的事", "老人", "那个事怎么样", "我要找网格员", "物业那边", "楼道里"];
        var unsure = vague.FirstOrDefault(v => clarify.Options(recognizer.Recognize(v)).Count > 0);
        Assert.NotNull(unsure);

        await flow.As(Resident, "龙婷").InPrivate().Send(unsure).AssertReplyContains("我想确认一下，您是想：");
    }
}
