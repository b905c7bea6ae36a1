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
}
