using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.FollowUp;

public class QueryProgressDialogTests
{
    [Fact]
    public async Task Progress_ListsOpenOrdersPrivately_WhenAskedInTheGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .Send("查询进度").AssertReplyContains("已私信", privately: false)
            .AssertReplyContains($"1. {FirstNumber}［已派单］物业维修｜幸福家园3幢，李秀英负责", privately: true);
    }

    [Fact]
    public async Task Progress_SaysSo_WhenThereAreNoOrders()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("查询进度").AssertReplyContains("没有在办的工单");
    }

    [Theory]
    [InlineData("上午说的那个有人管吗")]
    [InlineData("早上报的电梯怎么样了")]
    public async Task Progress_AnswersAboutTheOpenOrder_WhenAskedAboutAnEarlierReportWithoutItsNumber(string question)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Resident, "龙婷").InPrivate()
            .Send(question).AssertReplyContains($"您报的工单：{FirstNumber}［已派单］物业维修｜幸福家园3幢，李秀英负责");
    }

    [Fact]
    public async Task Progress_AsksWhichOrder_WhenSeveralAreOpen()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift().Wait(TimeSpan.FromMinutes(10))
            .Send("3幢门口的垃圾桶满了好几天没人清运，不急，别打电话", attachments: [Photo]).AssertReplyContains("确认提交吗")
            .Send("是").AssertReplyContains("WO-20261127-0002", privately: false).AssertReplyContains("已提交", privately: true)
            .As(Resident, "龙婷").InPrivate()
            .Send("上午说的那个有人管吗").AssertReplyContains("您有 2 张工单在办，问的是哪一张？\n1. WO-20261127-0002［已派单］环境卫生")
            .Send("2").AssertReplyContains($"{FirstNumber}［已派单］物业维修");
    }
}
