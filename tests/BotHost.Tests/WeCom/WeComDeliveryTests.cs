using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Crypto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.WeCom;

/// <summary>Unprompted group posts by each delivery mode, card updates after a click, and group discovery for admins.</summary>
public sealed class WeComDeliveryTests : IAsyncLifetime
{
    private const string CorpId = "wwtestcorp0002";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string Groups = """
        compound_code,building_code,channel,chat_id,group_name,delivery_mode,webhook_key,owner_user_id
        XF01,1,wecom,wrRobot1,1幢 业主群,robot_webhook,robot-key-1,
        XF01,2,wecom,wrCustomer1,2幢 业主群,customer_group,,WangJianHua
        """;

    private FakeWeCom _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private BotHostFactory Host() => BotHostFactory.Embedded(
        ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _fake.Address.ToString()), ("WeCom:App:AgentId", "1000002"),
        ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", "AppTok3n"), ("WeCom:App:EncodingAesKey", AesKey));

    private static async Task ImportGroupsAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/admin/import/groups", UriKind.Relative), new StringContent(Groups, Encoding.UTF8, "text/csv"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task PostToGroupAsync(BotHostFactory factory, string chatId, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(
        [
            new OutgoingMessage
            {
                Conversation = new ConversationReference(ChatChannel.WeCom, chatId, ConversationKind.Group), Text = text, IdempotencyKey = $"test:{chatId}:{text}",
            },
        ], default);
    }

    [Fact]
    public async Task RobotGroup_IsPostedThroughItsWebhook()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);

        await PostToGroupAsync(factory, "wrRobot1", "本周日上午九点紅色星期天");
        await _fake.WaitForAsync(f => f.Calls.Any(c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal)));

        var call = Assert.Single(_fake.Calls, c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal));
        Assert.Equal("webhook/send?key=robot-key-1", call.Path);
        Assert.Contains("紅色星期天", JsonDocument.Parse(call.Body).RootElement.GetProperty("text").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongText_ArrivesInParts_EachWithinWeComs2048Bytes()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);
        var text = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"第{i}条：出行前请查看目的地最新规定，提前预约景区门票。"));

        await PostToGroupAsync(factory, "wrRobot1", text);
        await _fake.WaitForAsync(f => f.Calls.Count(c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal)) >= 2);
        await Task.Delay(500);

        var contents = _fake.Calls.Where(c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal))
            .Select(c => JsonDocument.Parse(c.Body).RootElement.GetProperty("text").GetProperty("content").GetString()!).ToList();
        Assert.All(contents, c => Assert.True(Encoding.UTF8.GetByteCount(c) <= 2048, $"{Encoding.UTF8.GetByteCount(c)} bytes"));
        Assert.StartsWith("第1条", contents[0], StringComparison.Ordinal);
        Assert.EndsWith($"（{contents.Count}/{contents.Count}）", contents[^1], StringComparison.Ordinal);
        Assert.Contains("第40条", contents[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RobotGroup_HoldsThe21stMessageOfAMinute_AndSendsItLater()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = Host().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);
        int Webhooks() => _fake.Calls.Count(c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal));

        for (var i = 1; i <= 21; i++)
        {
            await PostToGroupAsync(factory, "wrRobot1", $"通知 {i}");
        }

        await _fake.WaitForAsync(_ => Webhooks() >= 20);
        await Task.Delay(2500);
        var withinTheMinute = Webhooks();
        clock.Advance(TimeSpan.FromSeconds(61));
        await _fake.WaitForAsync(_ => Webhooks() == 21);

        Assert.Equal(20, withinTheMinute);
        Assert.Equal(21, Webhooks());
        var last = JsonDocument.Parse(_fake.Calls.Last(c => c.Path.StartsWith("webhook/send", StringComparison.Ordinal)).Body);
        Assert.Equal("通知 21", last.RootElement.GetProperty("text").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Limits_FollowTheTargetAndTheApiItsPathUses()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);
        var sender = factory.Services.GetServices<IChannelSender>().Single(s => s.Channel == ChatChannel.WeCom);

        async Task<string[]> KeysAsync(ConversationReference to, string? replyAddress = null) =>
            (await sender.LimitsForAsync(new OutgoingMessage { Conversation = to, Text = "x", ReplyAddress = replyAddress, IdempotencyKey = "k" }, default))
                .Select(l => $"{l.Key}={l.Limit}").ToArray();

        var robotGroup = new ConversationReference(ChatChannel.WeCom, "wrRobot1", ConversationKind.Group);
        Assert.Equal(
            ["wecom:member:LiXiuYing:minute=30", "wecom:member:LiXiuYing:hour=1000", "wecom:api:message/send:minute=10000", "wecom:api:message/send:hour=150000"],
            await KeysAsync(ConversationReference.Private(ChatChannel.WeCom, "LiXiuYing")));
        Assert.Equal(["wecom:webhook:wrRobot1:minute=20"], await KeysAsync(robotGroup));
        Assert.Equal(["wecom:api:externalcontact/add_msg_template:minute=10000", "wecom:api:externalcontact/add_msg_template:hour=150000"],
            await KeysAsync(new ConversationReference(ChatChannel.WeCom, "wrCustomer1", ConversationKind.Group)));

        // A smart bot's reply through its own response_url is not a group robot's webhook post: no robot limit holds it back.
        Assert.Empty(await KeysAsync(robotGroup, $"{_fake.Address}response/r-1"));
    }

    [Fact]
    public async Task CustomerGroup_IsQueuedForItsOwnersConfirmation()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);

        await PostToGroupAsync(factory, "wrCustomer1", "停水通知");
        await _fake.WaitForAsync(f => f.Sent("externalcontact/add_msg_template").Any());

        var sent = Assert.Single(_fake.Sent("externalcontact/add_msg_template"));
        Assert.Equal("WangJianHua", sent.GetProperty("sender").GetString());
        Assert.Equal("wrCustomer1", sent.GetProperty("chat_id_list")[0].GetString());
    }

    [Fact]
    public async Task CardClick_UpdatesThePressedCard()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        var crypto = new WeComCrypto("AppTok3n", AesKey, CorpId);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var xml = $"<xml><FromUserName>WangJianHua</FromUserName><CreateTime>{now}</CreateTime><MsgType>event</MsgType><Event>template_card_event</Event>" +
                  "<EventKey>帮助</EventKey><TaskId>t1</TaskId><ResponseCode>rc-123</ResponseCode></xml>";
        var encrypted = crypto.Encrypt(xml);

        using var response = await client.PostAsync(
            new Uri($"/wecom/app/callback?msg_signature={crypto.Signature(now, "n", encrypted)}&timestamp={now}&nonce=n", UriKind.Relative),
            new StringContent($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>", Encoding.UTF8));
        await _fake.WaitForAsync(f => f.Sent("message/update_template_card").Any());

        var update = Assert.Single(_fake.Sent("message/update_template_card"));
        Assert.Equal("rc-123", update.GetProperty("response_code").GetString());
        Assert.Equal("已处理", update.GetProperty("button").GetProperty("replace_name").GetString());
    }

    [Fact]
    public async Task CardClick_AcceptsTheWorkOrder_AndTheReporterHearsIt()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        using var imported = await client.PostAsync(new Uri("/admin/import/gridmembers", UriKind.Relative), new StringContent(
            "grid_code,name,role,phone,channel,channel_user_id,compound_code,building_code\nG01,赵磊,楼栋长,13800100099,wecom,ZhaoLei,XF01,4\n",
            Encoding.UTF8, "text/csv"));
        imported.EnsureSuccessStatusCode();
        var chat = new WorkOrders.SimulatorChat(client);
        await client.PostAsJsonAsync("/simulator/api/groups/sim-g-XF01-4/messages",
            new BuildingBot.BotHost.Simulator.SimulatorPost("sim-r0094", "@幸福里助手 4幢楼道灯坏了，很急，别打电话", ["https://example.invalid/light.png"]));
        await chat.BotSaysAsync("sim-g-XF01-4", "确认提交吗", group: true);
        await chat.SayInGroupAsync("sim-g-XF01-4", "sim-r0094", "@幸福里助手 是");
        await _fake.WaitForAsync(f => f.Sent("message/send").Any(m => m.GetProperty("msgtype").GetString() == "template_card"));
        var card = _fake.Sent("message/send").First(m => m.GetProperty("msgtype").GetString() == "template_card");
        Assert.Equal("ZhaoLei", card.GetProperty("touser").GetString());
        var accept = card.GetProperty("template_card").GetProperty("button_list")[0];
        Assert.Equal("接单", accept.GetProperty("text").GetString());
        var key = accept.GetProperty("key").GetString()!;

        var crypto = new WeComCrypto("AppTok3n", AesKey, CorpId);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var xml = $"<xml><FromUserName>ZhaoLei</FromUserName><CreateTime>{now}</CreateTime><MsgType>event</MsgType><Event>template_card_event</Event>" +
                  $"<EventKey>{key}</EventKey><TaskId>t2</TaskId><ResponseCode>rc-accept</ResponseCode></xml>";
        var encrypted = crypto.Encrypt(xml);
        using var clicked = await client.PostAsync(
            new Uri($"/wecom/app/callback?msg_signature={crypto.Signature(now, "n2", encrypted)}&timestamp={now}&nonce=n2", UriKind.Relative),
            new StringContent($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>", Encoding.UTF8));

        Assert.Equal(System.Net.HttpStatusCode.OK, clicked.StatusCode);
        await chat.BotSaysAsync("sim-r0094", "已由赵磊接单处理");
        await _fake.WaitForAsync(f => f.Sent("message/update_template_card").Any());
        Assert.Equal("rc-accept", Assert.Single(_fake.Sent("message/update_template_card")).GetProperty("response_code").GetString());
        await _fake.WaitForAsync(f => f.Sent("message/send").Any(m => m.ToString().Contains("已接单", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AdminGroupList_ShowsWeComGroupsAndTheirBuildings()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);

        var groups = await client.GetFromJsonAsync<JsonElement>(new Uri("/admin/wecom/groups", UriKind.Relative));

        Assert.Equal(2, groups.GetArrayLength());
        Assert.Equal("幸福家园2幢", groups[0].GetProperty("boundTo").GetString());
        Assert.Equal(JsonValueKind.Null, groups[1].GetProperty("boundTo").ValueKind);
        Assert.Equal("WangJianHua", groups[1].GetProperty("owner").GetString());
    }
}
