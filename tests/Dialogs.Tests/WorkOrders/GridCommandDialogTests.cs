using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.WorkOrders;

public class GridCommandDialogTests
{
    [Fact]
    public async Task Accept_AcceptsAndTellsTheReporter_WhenTheOrderIsTheMembers()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send($"接单 {FirstNumber}").AssertReplyContains($"已接单 {FirstNumber}，办结时限 11月28日 10:00")
            .AssertSentTo(Resident, "已由李秀英接单处理");

        Assert.Equal(WorkOrderStatus.Accepted, (await flow.Host.OrderAsync()).Status);
    }

    [Fact]
    public async Task Grid_ActsOnTheOrderOnTheCard_WhenRepliedInOwnWords()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("收到，我马上过去看看").AssertReplyContains($"已接单 {FirstNumber}")
            .Send("弄好了，电梯公司换了控制板").AssertReplyContains($"已办结 {FirstNumber}");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Resolved, order.Status);
        Assert.Contains("换了控制板", order.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grid_AsksForTheNumber_WhenNoCardWasShownRecently()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .Wait(TimeSpan.FromHours(1))
            .As(Captain, "李秀英").InPrivate()
            .Send("收到，我马上过去看看").AssertReplyContains("请带上工单号");
    }

    [Fact]
    public async Task Accept_Works_FromTheCardButtonWithTheShortNumber()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").Press("接单 1").AssertReplyContains("已接单");
    }

    [Fact]
    public async Task Accept_Fails_WhenOrderIsAssignedToSomeoneElse()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Leader, "王建华").InPrivate()
            .Send($"接单 {FirstNumber}").AssertReplyContains("不是派给您的（当前由李秀英负责）");

        Assert.Equal(WorkOrderStatus.Assigned, (await flow.Host.OrderAsync()).Status);
    }

    [Fact]
    public async Task Resolve_IsRefused_BeforeTheOrderIsAccepted()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send($"办结 {FirstNumber} 已修好").AssertReplyContains("请先接单");
    }

    [Fact]
    public async Task Resolve_AsksForTheResultAndAsksTheReporterToRate()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("接单 1").AssertReplyContains("已接单")
            .Send("办结 1").AssertReplyContains("请说明")
            .Send("已联系电梯公司更换主板，恢复运行").AssertReplyContains("已办结")
            .AssertSentTo(Resident, "已办结：已联系电梯公司更换主板", message =>
                Assert.Equal(["满意", "基本满意", "不满意"], message.Buttons.Select(b => b.Title)));

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Resolved, order.Status);
        Assert.Equal("已联系电梯公司更换主板，恢复运行", order.Resolution);
    }

    [Fact]
    public async Task Transfer_HandsTheOrderToTheNamedMember()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send($"转派 {FirstNumber} 给 王建华 需要协调物业").AssertReplyContains("已把 WO-20261127-0001 转派给王建华")
            .AssertSentTo(Leader, "转派工单（李秀英：需要协调物业）")
            .AssertSentTo(Resident, "已转交王建华处理");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Contains(order.Events, e => e.Kind == WorkOrderEventKind.Transferred && e.Reason == "需要协调物业");
    }

    [Theory]
    [InlineData("让老王跟一下吧，我今天请假了", "我今天请假了")]
    [InlineData("转给王哥处理，我在街道开会走不开", "我在街道开会走不开")]
    public async Task Transfer_HandsTheOrderToTheColleagueNamedInOwnWords_WhenRepliedToTheCard(string reply, string reason)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send(reply).AssertReplyContains($"已把 {FirstNumber} 转派给王建华")
            .AssertSentTo(Leader, "转派工单");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Contains(order.Events, e => e.Kind == WorkOrderEventKind.Transferred && e.Reason!.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transfer_SaysTheColleagueIsUnknown_WhenTheNameFitsNoMember()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("让小孙跟一下吧").AssertReplyContains("没有找到叫“小孙”的网格员");
    }

    [Fact]
    public async Task Transfer_AsksForNameAndReason_WhenMissing()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate().Press($"转派 {FirstNumber}").AssertReplyContains("转派给谁")
            .Send("张三丰 不归我管").AssertReplyContains("没有找到叫“张三丰”的网格员");
    }

    [Fact]
    public async Task Return_SendsTheOrderToTheGridLeader_WithTheReason()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("退回 1 这是物业公司的事").AssertReplyContains("退回给网格长王建华")
            .AssertSentTo(Leader, "退回工单（李秀英：这是物业公司的事）");
    }

    [Fact]
    public async Task MyOrders_ListsTheMembersOpenOrdersWithDeadlines()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("我的工单").AssertReplyContains($"1. {FirstNumber}［已派单］物业维修｜幸福家园3幢，李秀英负责｜接单时限 11月27日 10:30");
    }

    [Fact]
    public async Task Commands_AreRefused_ForResidentsAndUnknownOrders()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("接单 1").AssertReplyContains("只给网格员使用")
            .As(Captain, "李秀英").InPrivate()
            .Send("接单 WO-20990101-0001").AssertReplyContains("没有找到工单");
    }
}
