using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.FollowUp;

public class CancelOrderDialogTests
{
    [Fact]
    public async Task Cancel_WithdrawsTheReportersOrderAndTellsTheAssignee()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .InPrivate().Send($"撤销 {FirstNumber}").AssertReplyContains("已撤销工单")
            .AssertSentTo(Captain, "居民已撤销工单");

        Assert.Equal(WorkOrderStatus.Cancelled, (await flow.Host.OrderAsync()).Status);
    }

    [Fact]
    public async Task Cancel_IsRefused_ForSomeoneElsesOrder()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Neighbour, "田晓燕").InPrivate().Send($"撤销 {FirstNumber}").AssertReplyContains("只有反映人本人可以撤销");
    }
}
