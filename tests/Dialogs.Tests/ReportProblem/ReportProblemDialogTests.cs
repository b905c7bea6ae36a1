using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.ReportProblem;

public class ReportProblemDialogTests
{
    [Fact]
    public async Task Report_CreatesARoutedOrderInOneConfirmation_WhenEverythingIsSaidAtOnce()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("3幢电梯又坏了，我妈下不了楼，可以打我电话", attachments: [Photo])
            .AssertReplyContains("地点：幸福家园3幢\n紧急程度：紧急", privately: false)
            .Send("是")
            .AssertReply($"已受理，工单号 {FirstNumber}。处理进度会私信通知您。")
            .AssertReplyContains("已派给李秀英处理", privately: true)
            .AssertSentTo(Captain, "【新工单】WO-20261127-0001（紧急）", card =>
            {
                Assert.Contains("13800000066（已同意电话联系）", card.Text, StringComparison.Ordinal);
                Assert.Equal(["接单", "退回"], card.Buttons.Select(b => b.Title));
            });

        var order = await flow.Host.OrderAsync();
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Equal(ProblemCategory.RepairsProperty, order.Category);
        Assert.Equal(Urgency.Urgent, order.Urgency);
        Assert.True(order.ContactAllowed);
        Assert.Equal(Photo.Url, order.PhotoUrl);
        Assert.Contains("楼栋长", order.RoutingReason, StringComparison.Ordinal);
        Assert.Equal(DialogsHost.Start + TimeSpan.FromMinutes(30), order.AcceptDueAt);
    }

    [Fact]
    public async Task Report_AsksOnlyForWhatIsMissing_OverSeveralTurns()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("报事").AssertReplyContains("遇到了什么问题")
            .Send("楼下垃圾桶满了没人清运").AssertReplyContains("需要尽快处理吗")
            .Send("不用").AssertReplyContains("打电话联系您吗")
            .Send("不要").AssertReplyContains("照片")
            .Send("跳过").AssertReplyContains("电话联系：不同意")
            .Send("确认").AssertReplyContains(FirstNumber, privately: false)
            .AssertReplyContains("已派给王建华", privately: true)
            .AssertSentTo(Leader, "反映人：龙婷（未同意电话联系）", card => Assert.DoesNotContain("138", card.Text, StringComparison.Ordinal));

        var order = await flow.Host.OrderAsync();
        Assert.Equal(ProblemCategory.Sanitation, order.Category);
        Assert.Equal(Urgency.Normal, order.Urgency);
        Assert.Contains("没有合适的网格员", order.RoutingReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_GivesTheEmergencyNumbersFirst_WhenSomeoneIsTrapped()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("救命，3幢电梯里有人被困出不来了")
            .AssertReplyContains("119")
            .AssertReplyContains("打电话联系您吗")
            .Send("可以").AssertReplyContains("紧急程度：紧急（危险）")
            .Send("是").AssertReplyContains(FirstNumber);

        Assert.Equal(Urgency.Emergency, (await flow.Host.OrderAsync()).Urgency);
    }

    [Theory]
    [InlineData("没有照片")]
    [InlineData("没拍")]
    [InlineData("不用了")]
    public async Task Report_TakesEverydayAnswers_ToItsYesNoAndPhotoQuestions(string noPhoto)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("报事").AssertReplyContains("遇到了什么问题")
            .Send("楼下垃圾桶满了没人清运").AssertReplyContains("需要尽快处理吗")
            .Send("不急").AssertReplyContains("打电话联系您吗")
            .Send("别打了").AssertReplyContains("照片")
            .Send(noPhoto).AssertReplyContains("紧急程度：一般");
    }

    [Fact]
    public async Task Report_CreatesNothing_WhenCancelledMidway()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("报事").AssertReplyContains("遇到了什么问题")
            .Send("3幢门口的路灯不亮了").AssertReplyContains("需要尽快处理吗")
            .Send("取消").AssertReply(BotReplies.Cancelled);

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_AddsACoReporter_WhenTheResidentSaysItIsTheSameProblem()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Neighbour, "田晓燕")
            .Send("3幢电梯坏了，很急，别打电话", attachments: [Photo]).AssertReplyContains($"相似的物业维修工单 {FirstNumber}")
            .Send("是").AssertReplyContains("我也遇到 +1")
            .AssertSentTo(Captain, "共 2 人");

        var order = await flow.Host.OrderAsync();
        Assert.Equal(2, order.Reporters.Count);
        Assert.Equal(1, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_ShowsOnlyNumberCategoryAndBuilding_WhenOfferingSomeoneElsesOrderInAGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("3幢2单元501电梯坏了，门口按钮没反应，很急，打我电话13912345678", attachments: [Photo]).AssertReplyContains("确认提交吗")
            .Send("是").AssertReplyContains(FirstNumber)
            .ClearReplies()
            .As(Neighbour, "田晓燕").InGroup(Group3)
            .Send("3幢电梯坏了，门口按钮没反应，很急，别打电话", attachments: [Photo])
            .AssertReplyContains($"幸福家园3幢已有一张相似的物业维修工单 {FirstNumber}（已派单）。是同一件事吗？", privately: false);
    }

    [Fact]
    public async Task Report_QuotesTheOrder_OnlyToOneOfItsReportersInPrivate()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .ClearReplies()
            .As(Resident, "龙婷").InPrivate()
            .Send("3幢电梯又坏了，我妈下不了楼，很急，别打电话", attachments: [Photo]).AssertReplyContains("：“3幢电梯又坏了，我妈下不了楼");
    }

    [Fact]
    public async Task Report_OffersTheOpenOrder_WhenANeighbourDescribesTheSameProblemInOtherWords()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Neighbour, "田晓燕")
            .Send("3幢升降梯又停运了，按了好久都没反应，很急，别打电话", attachments: [Photo]).AssertReplyContains($"{FirstNumber}（已派单）。是同一件事吗")
            .Send("是的").AssertReplyContains(FirstNumber);

        Assert.Equal(1, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_CreatesASecondOrder_WhenTheResidentSaysItIsDifferent()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.ReportLift()
            .As(Neighbour, "田晓燕")
            .Send("3幢电梯坏了，很急，别打电话", attachments: [Photo]).AssertReplyContains("是同一件事吗")
            .Send("不是").AssertReplyContains("确认提交吗")
            .Send("是").AssertReplyContains("WO-20261127-0002");

        Assert.Equal(2, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_OffersBindingFirst_WhenTheSenderIsNotAKnownResident()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("stranger", "路人").InGroup(Group3)
            .Send("3幢电梯坏了").AssertReplyContains("报事前请先绑定房号", privately: false)
            .AssertReply(BindHouseholdDialog.AskAddress);

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_RefusesADescriptionOverAThousandCharacters()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("报事").AssertReplyContains("遇到了什么问题")
            .Send(new string('吵', 1001)).AssertReplyContains("最多 1000 字");
    }

    [Fact]
    public async Task Report_AsksAgain_WhenTheBuildingDoesNotExist()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("99幢的垃圾桶满了没人清").AssertReplyContains("哪栋楼")
            .Send("99幢").AssertReplyContains("没有找到这栋楼")
            .Send("3幢").AssertReplyContains("需要尽快处理吗");
    }

    [Fact]
    public async Task Report_AsksForThePlaceAgain_WhenTheRoomDoesNotExist()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("3幢2单元999漏水了，很急，别打电话").AssertReplyContains("幸福家园3幢没有“3幢2单元999”这个房号。问题在哪栋楼")
            .Send("3幢9单元101").AssertReplyContains("没有“3幢9单元101”这个房号")
            .Send("3幢1单元101").AssertReplyContains("照片")
            .Send("跳过").AssertReplyContains("地点：幸福家园3幢 1单元101");
    }
}
