using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.ReportProblem;

/// <summary>Answering the confirmation with a correction changes the report and asks again; only a plain no cancels.</summary>
public class ReportCorrectionTests
{
    private const string Report = "3幢楼道的灯坏了，晚上黑漆漆的，挺急的，别打电话";

    [Theory]
    [InlineData("不对，是5幢")]
    [InlineData("不是3幢，是5幢")]
    [InlineData("地点改成5栋")]
    [InlineData("对，不过地点应该是5幢")]
    public async Task Confirm_ChangesThePlaceAndAsksAgain_WhenTheResidentCorrectsTheBuilding(string correction)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send(Report, attachments: [Photo]).AssertReplyContains("地点：幸福家园3幢")
            .Send(correction).AssertReplyContains("地点：幸福家园5幢")
            .Send("对").AssertReplyContains(FirstNumber);

        var order = await flow.Host.OrderAsync();
        Assert.Equal("5幢", await flow.Host.QueryAsync(db => db.Buildings.Where(b => b.Id == order.BuildingId).Select(b => b.Name).SingleAsync()));
    }

    [Fact]
    public async Task Confirm_KeepsWhatWasSaidAndAddsTheCorrection_WhenTheResidentCorrectsTheDescription()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send("3幢电梯里的灯坏了，别打电话", attachments: [Photo]).AssertReplyContains("需要尽快处理吗").Send("是").AssertReplyContains("确认提交吗")
            .Send("不对，是楼梯间的灯").AssertReplyContains("楼梯间的灯")
            .Send("是").AssertReplyContains(FirstNumber);

        var order = await flow.Host.OrderAsync();
        Assert.Contains("楼梯间的灯", order.Description, StringComparison.Ordinal);
        Assert.Contains("电梯里的灯坏了", order.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3幢电梯坏了，很急，别打电话", "紧急", "改成不急", Urgency.Normal)]
    [InlineData("3幢电梯坏了，很急，别打电话", "紧急", "不急的，慢慢修", Urgency.Normal)]
    [InlineData("3幢门口的路灯不亮了，别打电话", "一般", "紧急程度改成紧急", Urgency.Urgent)]
    [InlineData("3幢门口的路灯不亮了，别打电话", "一般", "挺急的，麻烦尽快", Urgency.Urgent)]
    public async Task Confirm_ChangesTheUrgency_WhenTheResidentCorrectsIt(string report, string first, string correction, Urgency expected)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate().Send(report, attachments: [Photo]);
        if (expected == Urgency.Urgent)
        {
            await flow.AssertReplyContains("需要尽快处理吗").Send("不用");
        }

        await flow.AssertReplyContains($"紧急程度：{first}")
            .Send(correction).AssertReplyContains($"紧急程度：{expected.ToChinese()}")
            .Send("好的").AssertReplyContains(FirstNumber);

        Assert.Equal(expected, (await flow.Host.OrderAsync()).Urgency);
    }

    [Fact]
    public async Task Confirm_ChangesTheCategory_WhenTheResidentNamesAnother()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send(Report, attachments: [Photo]).AssertReplyContains("类别：物业维修")
            .Send("类别应该是治安安全").AssertReplyContains("类别：治安安全")
            .Send("确认").AssertReplyContains(FirstNumber);

        Assert.Equal(ProblemCategory.Safety, (await flow.Host.OrderAsync()).Category);
    }

    [Fact]
    public async Task Confirm_AsksWhatToChange_WhenTheResidentOnlySaysItIsWrong()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send(Report, attachments: [Photo]).AssertReplyContains("确认提交吗")
            .Send("不对").AssertReplyContains("哪里要改")
            .Send("是5幢").AssertReplyContains("地点：幸福家园5幢")
            .Send("是").AssertReplyContains(FirstNumber);
    }

    [Theory]
    [InlineData("否")]
    [InlineData("不提交了")]
    [InlineData("算了")]
    [InlineData("不要了")]
    public async Task Confirm_CreatesNothing_WhenTheResidentSaysNo(string answer)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InPrivate()
            .Send(Report, attachments: [Photo]).AssertReplyContains("确认提交吗")
            .Send(answer).AssertReplyContains("没有提交");

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }
}
