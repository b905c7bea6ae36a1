using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.Clarify;

public class ClarifyDialogTests
{
    [Fact]
    public async Task Unsure_AsksWhatTheMessageWants_AndStartsIt_WhenAnsweredByNumber()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("楼下的车").AssertReplyContains("我想确认一下，您是想：\n1. 报事求助（请网格员处理）")
            .Send("1").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task Unsure_StartsTheChosenThing_WhenAnsweredInWords()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("楼下的车").AssertReplyContains("您是想")
            .Send("报事").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task Unsure_EndsWithTheWaysForward_WhenNoneOfTheOptionsIsMeant()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("楼下的车").AssertReplyContains("您是想")
            .Send("都不是").AssertReplyContains("您可以直接说要办的事");

        Assert.Equal(0, await flow.Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.WorkOrders)));
    }

    [Fact]
    public async Task Unsure_IsAskedOnlyOfTheResidentWhoWrote_InAGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("楼下的车").AssertReplyContains("您是想")
            .As(Neighbour, "田晓燕").Send("1", mention: false).AssertNoReply()
            .As(Resident, "龙婷").Send("1").AssertReplyContains("遇到了什么问题");
    }

    [Fact]
    public async Task NothingPlausible_IsSaidNotUnderstood()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("上午说的那个").AssertReply(BotReplies.NotUnderstood);
    }
}
