using System.Text.Json;

namespace BuildingBot.BotHost.Tests.WorkOrders;

public class WorkOrderJourneyTests
{
    private const string Group = "sim-g-XF01-3";
    private const string Resident = "sim-r0066";
    private const string Captain = "sim-gm02";
    private const string Leader = "sim-gm01";

    [Fact]
    public async Task ReportAcceptResolveRateDissatisfied_ReopensTheOrder_OnPostgresAndRedis()
    {
        await using var factory = await BotHostFactory.ProductionAsync(
            ("BuildingBot:DemoData", "true"), ("Admin:ApiKey", "journey-admin-key"), ("Simulator:Enabled", "true"));
        using var client = TestPeer.Client(factory.CreateClient(), adminKey: "journey-admin-key");
        var chat = new SimulatorChat(client);

        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 3幢电梯又坏了，我妈下不了楼，别打电话");
        await chat.BotSaysAsync(Group, "照片", group: true);
        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 跳过");
        await chat.BotSaysAsync(Group, "确认提交吗", group: true);
        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 是");
        var accepted = await chat.BotSaysAsync(Group, "已受理，工单号 WO-", group: true);
        var number = accepted.Text[(accepted.Text.IndexOf("WO-", StringComparison.Ordinal))..][..16];
        Assert.DoesNotContain("138", accepted.Text, StringComparison.Ordinal);

        var card = await chat.BotSaysAsync(Captain, $"【新工单】{number}");
        Assert.Contains(card.Buttons, b => b.Value == $"接单 {number}");
        using (var inbox = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/simulator/api/grid-members/{Captain}/orders", UriKind.Relative))))
        {
            Assert.Equal(number, inbox.RootElement[0].GetProperty("number").GetString());
            Assert.Equal(JsonValueKind.Null, inbox.RootElement[0].GetProperty("reporterPhone").ValueKind);
        }

        await chat.PressAsync(Captain, $"接单 {number}");
        await chat.BotSaysAsync(Captain, $"已接单 {number}");
        await chat.BotSaysAsync(Resident, "已由李秀英接单处理");

        await chat.SayPrivatelyAsync(Captain, $"办结 {number} 已通知电梯公司更换控制板，恢复运行");
        await chat.BotSaysAsync(Captain, $"已办结 {number}");
        var rating = await chat.BotSaysAsync(Resident, "请评价处理结果");
        Assert.Equal(["满意", "基本满意", "不满意"], rating.Buttons.Select(b => b.Title));

        await chat.PressAsync(Resident, $"不满意 {number}");
        await chat.BotSaysAsync(Resident, "已重新打开");
        await chat.BotSaysAsync(Leader, $"【督办】工单 {number} 居民不满意");
        await chat.BotSaysAsync(Captain, "居民不满意，工单重新打开");

        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/work-orders/{number}", UriKind.Relative)));
        Assert.Equal("Accepted", detail.RootElement.GetProperty("status").GetString());
        Assert.Equal(
            ["Created", "Assigned", "Accepted", "Resolved", "Rated", "Reopened"],
            detail.RootElement.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }
}
