using BuildingBot.Dialogs.Tests.Testing;
using static BuildingBot.Dialogs.Tests.Testing.WorkOrderScenarios;

namespace BuildingBot.Dialogs.Tests.SmallTalk;

public class SmallTalkDialogTests
{
    [Theory]
    [InlineData("你好", "您好！我是幸福里助手")]
    [InlineData("好的，谢谢", "不客气")]
    [InlineData("辛苦了", "不客气")]
    [InlineData("你是机器人吗", "智能助手")]
    public async Task ChitChat_GetsAShortKindAnswer_NotAWorkOrder(string text, string answer)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(Resident, "龙婷").InGroup(Group3).Send(text).AssertReplyContains(answer, privately: false);

        Assert.Equal(0, await flow.Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.WorkOrders)));
    }
}
