using System.Globalization;
using System.Text;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.WeCom.Crypto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuildingBot.BotHost.Tests.Privacy;

/// <summary>
/// Runs a work order from report to resolution through the simulator and WeCom traffic of both kinds (the smart
/// bot's JSON and the app's XML, signed and forged), then reads every log entry the host wrote, at every level:
/// no phone number, room, token, secret or EncodingAESKey may stand in one.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime, IDisposable
{
    private const string CorpId = "wwlogcorp0001";
    private const string AppToken = "AppLogTok3n";
    private const string BotToken = "BotLogTok3n";
    private const string AesKey = "kWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string Phone = "13912345678";
    private const string Group = "sim-g-XF01-3";
    private const string Resident = "sim-r0066";
    private const string Captain = "sim-gm02";

    private readonly WeComCrypto _app = new(AppToken, AesKey, CorpId);
    private readonly WeComCrypto _bot = new(BotToken, AesKey, string.Empty);
    private readonly LogCapture _logs = new();
    private FakeWeCom _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Logs_HoldNoPersonalDetailOrSecret_AfterTheWorkOrderAndWeComJourneys()
    {
        await using (var factory = BotHostFactory.Embedded(
            ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _fake.Address.ToString()),
            ("WeCom:App:AgentId", "1000002"), ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken),
            ("WeCom:App:EncodingAesKey", AesKey), ("WeCom:Bot:Token", BotToken), ("WeCom:Bot:EncodingAesKey", AesKey))
            .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs)))
        {
            using var client = factory.CreateClient();
            await WorkOrderJourneyAsync(new SimulatorChat(client));
            await WeComJourneyAsync(client);
        }

        var entries = _logs.Entries.Select(e => e.ToString()).ToList();
        Assert.NotEmpty(entries);
        string[] forbidden =
        [
            Phone, "139-1234-5678", "1234 5678", "2单元501", "3-2-501", "13800000066",
            AppToken, BotToken, AesKey, FakeWeCom.Secret, "token-1", "token-2",
        ];
        var leaks = entries.SelectMany(e => forbidden.Where(f => e.Contains(f, StringComparison.Ordinal)).Select(f => $"{f}: {e}")).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private static async Task WorkOrderJourneyAsync(SimulatorChat chat)
    {
        await chat.SayInGroupAsync(Group, Resident, $"@幸福里助手 3幢2单元501门口的电梯坏了，我妈下不了楼，打我电话{Phone}");
        await chat.BotSaysAsync(Group, "照片", group: true);
        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 跳过");
        await chat.BotSaysAsync(Group, "确认提交吗", group: true);
        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 是");
        var accepted = await chat.BotSaysAsync(Group, "已受理，工单号 WO-", group: true);
        var number = accepted.Text[accepted.Text.IndexOf("WO-", StringComparison.Ordinal)..][..16];
        await chat.BotSaysAsync(Captain, $"【新工单】{number}");
        await chat.PressAsync(Captain, $"接单 {number}");
        await chat.BotSaysAsync(Captain, $"已接单 {number}");
        await chat.SayPrivatelyAsync(Captain, $"办结 {number} 已联系住户（电话 139-1234-5678，3-2-501）更换控制板");
        await chat.BotSaysAsync(Captain, $"已办结 {number}");
        await chat.SayPrivatelyAsync(Resident, $"我住3幢2单元501，手机 139 1234 5678");
    }

    private async Task WeComJourneyAsync(HttpClient client)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var botJson = $$$"""
            {"msgid":"log-1","aibotid":"AIBOT","chatid":"wrGroup1","chattype":"group","from":{"userid":"zhangsan"},
             "response_url":"{{{_fake.Address}}}response/log-1","msgtype":"text","text":{"content":"@幸福里助手 3幢2单元501漏水了 电话{{{Phone}}}"}}
            """;
        var encrypted = _bot.Encrypt(botJson);
        (await PostAsync(client, "/wecom/bot/callback", _bot, $$"""{"encrypt":"{{encrypted}}"}""", encrypted, now)).Dispose();
        await _fake.WaitForAsync(f => f.Calls.Any(c => c.Path == "response/log-1"));

        var appXml = $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[WangJianHua]]></FromUserName><CreateTime>{now}</CreateTime>" +
            $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[帮助 {Phone}]]></Content><MsgId>80001</MsgId><AgentID>1000002</AgentID></xml>";
        var appEncrypted = _app.Encrypt(appXml);
        var envelope = $"<xml><ToUserName>{CorpId}</ToUserName><Encrypt><![CDATA[{appEncrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>";
        (await PostAsync(client, "/wecom/app/callback", _app, envelope, appEncrypted, now)).Dispose();
        await _fake.WaitForAsync(f => f.Sent("message/send").Any());

        // Forged, stale and unreadable callbacks are refused and logged: the log line must not echo what they carried.
        (await PostAsync(client, "/wecom/app/callback", _app, envelope, appEncrypted, now, signature: "forged")).Dispose();
        (await PostAsync(client, "/wecom/app/callback", _app, envelope, appEncrypted, "1000000000")).Dispose();
        var garbage = _app.Encrypt($"<xml><Content>{Phone}</Content>");
        (await PostAsync(client, "/wecom/app/callback", _app, $"<xml><Encrypt><![CDATA[{garbage}]]></Encrypt></xml>", garbage, now)).Dispose();
    }

    private static Task<HttpResponseMessage> PostAsync(
        HttpClient client, string path, WeComCrypto crypto, string body, string encrypted, string timestamp, string? signature = null) =>
        client.PostAsync(
            new Uri($"{path}?msg_signature={signature ?? crypto.Signature(timestamp, "n0nce", encrypted)}&timestamp={timestamp}&nonce=n0nce", UriKind.Relative),
            new StringContent(body, Encoding.UTF8));
}
