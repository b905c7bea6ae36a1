using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.FollowUp;

public class RateOrderDialogTests
{
    private static TestFlow Resolved(TestFlow flow) =>
        flow.ReportLift()
            .As(Captain, "李秀英").InPrivate()
            .Send("接单 1").AssertReplyContains("已接单").AssertSentTo(Resident, "已由李秀英接单")
            .Send("办结 1 已修好").AssertReplyContains("已办结")
            .AssertSentTo(Resident, "请评价")
            .As(Resident, "龙婷").InPrivate();

    [Fact]
    public async Task Rate_ClosesTheOrder_WhenSatisfied()
    {
        await using var flow = await TestFlow.CreateAsync();

        await Resolved(flow)
            .Press($"满意 {FirstNumber}").AssertReplyContains("工单 WO-20261127-0001 已关闭")
            .AssertSentTo(Captain, "居民评价：满意")
            .Send("不用了").AssertReply("好的，谢谢！");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.Equal(WorkOrderRating.Satisfied, order.Rating);
    }

    [Fact]
    public async Task Rate_ReopensAndAlertsTheLeader_WhenDissatisfied()
    {
        await using var flow = await TestFlow.CreateAsync();

        await Resolved(flow)
            .Send("不满意").AssertReplyContains("已重新打开")
            .AssertSentTo(Leader, "【督办】工单 WO-20261127-0001 居民不满意")
            .AssertSentTo(Captain, "居民不满意，工单重新打开")
            .Send("电梯还是时好时坏").AssertReplyContains("已转告网格员")
            .AssertSentTo(Captain, "居民补充：电梯还是时好时坏");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal("电梯还是时好时坏", order.RatingComment);
    }

    [Fact]
    public async Task Rate_SaysSo_WhenNothingWaitsForARating()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("满意").AssertReply("您目前没有待评价的工单。");
    }
}
