using BuildingBot.Community.Categories;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Tests.Policies;

public class PolicyQuestionDialogTests
{
    [Fact]
    public async Task Question_IsAnsweredWithThePassageAndItsSource()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("孩子上小学一年级报名要准备什么材料？")
            .AssertReplyContains("户口簿、房产证明或住房租赁备案证明")
            .Do(_ => Task.CompletedTask);

        await using var again = await TestFlow.CreateAsync();
        await again.As("sim-r0066", "龙婷").InPrivate()
            .Send("进京证一年能办几次？")
            .AssertReplyContains("出自《北京市进京证办理》（北京市公安局公安交通管理局（示例），第1版，2026年1月1日起，示例政策）");
    }

    [Fact]
    public async Task Question_WithoutAGoodAnswer_IsSaidHonestly_AndPassedToTheGridMemberAsAConsultation()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("申请低保需要什么条件？").AssertReplyContains("没有找到可靠的答案")
            .Send("好的").AssertReplyContains("咨询单号 WO-20261127-0001")
            .AssertSentTo("sim-gm01", "【新工单】WO-20261127-0001");

        var category = await flow.Host.QueryAsync(db => db.WorkOrders.Select(o => o.Category).SingleAsync());
        Assert.Equal(ProblemCategory.Consultation, category);
    }

    [Theory]
    [InlineData("不用了")]
    [InlineData("不用了谢谢")]
    [InlineData("好的谢谢")]
    [InlineData("知道了")]
    [InlineData("嗯嗯，明白了，谢谢您！")]
    public async Task ClosingRemark_AfterAnAnswer_EndsTheExchangeWithoutRepeatingThePassage(string closing)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("进京证一年能办几次？").AssertReplyContains("出自《北京市进京证办理》")
            .Send(closing).AssertReplyContains("还有别的事随时找我").AssertNoReply()
            .Send("孩子上小学一年级报名要准备什么材料？").AssertReplyContains("户口簿、房产证明或住房租赁备案证明");
    }

    [Fact]
    public async Task Question_ThatAPolicyOnlyMightAnswer_IsAskedAbout_AndQuotedWhenTheGuessIsRight()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("被公司辞退了能领失业金吗").AssertReplyContains("您问的是《失业保险金申领》方面的规定吗")
            .Send("对的").AssertReplyContains("出自《失业保险金申领》");
    }

    [Fact]
    public async Task Question_WithAWrongGuess_IsNotAnswered_AndOfferedToTheGridMember()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("城里的老人冬天取暖有补贴伐").AssertReplyContains("您问的是《西湖区社区老年食堂助餐补贴》方面的规定吗")
            .Send("不是").AssertReplyContains("没有找到其他可靠的答案")
            .Send("好的").AssertReplyContains("咨询单号");
    }
}
