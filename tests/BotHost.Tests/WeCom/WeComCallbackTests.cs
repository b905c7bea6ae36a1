using System.Globalization;
using System.Net;
using System.Text;
using BuildingBot.WeCom.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.WeCom;

/// <summary>Real encrypted callbacks into the real host; what the host sends is read from the fake WeCom.</summary>
public sealed class WeComCallbackTests : IAsyncLifetime
{
    private const string CorpId = "wwtestcorp0001";
    private const string AppToken = "AppTok3n";
    private const string BotToken = "BotTok3n";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private readonly WeComCrypto _app = new(AppToken, AesKey, CorpId);
    private readonly WeComCrypto _bot = new(BotToken, AesKey, string.Empty);
    private FakeWeCom _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private BotHostFactory Host(params (string, string?)[] extra) => BotHostFactory.Embedded(
    [
        ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _fake.Address.ToString()),
        ("WeCom:App:AgentId", "1000002"), ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken),
        ("WeCom:App:EncodingAesKey", AesKey), ("WeCom:Bot:Token", BotToken), ("WeCom:Bot:EncodingAesKey", AesKey),
        .. extra,
    ]);

    private static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string AppXml(string from, string content, string msgId) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{Now}</CreateTime>" +
        $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId><AgentID>1000002</AgentID></xml>";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, WeComCrypto crypto, string envelope, string encrypted, string? timestamp = null, string? signature = null)
    {
        var ts = timestamp ?? Now;
        var sig = signature ?? crypto.Signature(ts, "n0nce", encrypted);
        return await client.PostAsync(new Uri($"{path}?msg_signature={sig}&timestamp={ts}&nonce=n0nce", UriKind.Relative),
            new StringContent(envelope, Encoding.UTF8));
    }

    private Task<HttpResponseMessage> PostAppAsync(
        HttpClient client, string plainXml, string? timestamp = null, string? signature = null, WeComCrypto? crypto = null, WeComCrypto? verifyWith = null)
    {
        var encrypted = (crypto ?? _app).Encrypt(plainXml);
        return PostAsync(client, "/wecom/app/callback", verifyWith ?? _app, $"<xml><ToUserName>{CorpId}</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>",
            encrypted, timestamp, signature);
    }

    [Theory]
    [InlineData("/wecom/app/callback")]
    [InlineData("/wecom/bot/callback")]
    public async Task UrlVerification_ReturnsTheDecryptedEchoString(string path)
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        var crypto = path.Contains("app", StringComparison.Ordinal) ? _app : _bot;
        var echo = crypto.Encrypt("4783920193847561");
        var ts = Now;

        var body = await client.GetStringAsync(new Uri(
            $"{path}?msg_signature={crypto.Signature(ts, "n", echo)}&timestamp={ts}&nonce=n&echostr={Uri.EscapeDataString(echo)}", UriKind.Relative));

        Assert.Equal("4783920193847561", body);
    }

    [Fact]
    public async Task GridMemberMessage_IsAnsweredThroughMessageSend()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await PostAppAsync(client, AppXml("WangJianHua", "帮助", "70001"));
        await _fake.WaitForAsync(f => f.Sent("message/send").Any());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_fake.Sent("message/send"));
        Assert.Equal("WangJianHua", sent.GetProperty("touser").GetString());
        Assert.Contains("我是幸福里助手", sent.GetProperty("text").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedCallback_IsHandledOnce_EvenWhenCopiesArriveTogether()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        var xml = AppXml("LiuFang", "帮助", "70002");

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAppAsync(client, xml)));
        await _fake.WaitForAsync(f => f.Sent("message/send").Any());
        await Task.Delay(1500);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_fake.Sent("message/send"));
    }

    [Fact]
    public async Task Callback_IsStoredBeforeItIsAcknowledged_AndMarkedHandledAfter()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await PostAppAsync(client, AppXml("WangJianHua", "帮助", "70010"));
        var stored = await StoredAsync(factory, "WeCom:app:msg:70010");
        await _fake.WaitForAsync(f => f.Sent("message/send").Any());
        for (var i = 0; i < 50 && (await StoredAsync(factory, "WeCom:app:msg:70010"))!.State != BuildingBot.Community.Queueing.QueueState.Done; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(stored);
        Assert.Equal(BuildingBot.Community.Queueing.QueueState.Done, (await StoredAsync(factory, "WeCom:app:msg:70010"))!.State);
    }

    [Fact]
    public async Task Callback_IsNotAcknowledged_WhenTheDatabaseRefusesToStoreIt()
    {
        await using var factory = await BotHostFactory.ProductionAsync(
        [
            ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _fake.Address.ToString()), ("WeCom:App:AgentId", "1000002"),
            ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken), ("WeCom:App:EncodingAesKey", AesKey),
        ]);
        using var client = factory.CreateClient();

        // A msgid longer than its column would be refused by the database (PostgreSQL 22001, no duplicate); WeCom makes
        // none so long, so it is refused at the door (400) before that: either way it is not acknowledged and lost.
        using var refused = await PostAppAsync(client, AppXml("LiuFang", "帮助", new string('7', 400)));
        using var stored = await PostAppAsync(client, AppXml("LiuFang", "帮助", "70020"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.NotNull(await StoredAsync(factory, "WeCom:app:msg:70020"));
    }

    private static async Task<BuildingBot.Community.Inbox.InboxMessage?> StoredAsync(BotHostFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuildingBot.Community.Persistence.CommunityDbContext>();
        return await db.InboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key);
    }

    [Fact]
    public async Task BotGroupMention_IsAnsweredThroughTheResponseUrl()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        var json = $$$"""
            {"msgid":"b-1","aibotid":"AIBOT","chatid":"wrGroup1","chattype":"group","from":{"userid":"zhangsan"},
             "response_url":"{{{_fake.Address}}}response/b-1","msgtype":"text","text":{"content":"@幸福里助手 帮助"}}
            """;
        var encrypted = _bot.Encrypt(json);

        using var response = await PostAsync(client, "/wecom/bot/callback", _bot, $$"""{"encrypt":"{{encrypted}}"}""", encrypted);
        await _fake.WaitForAsync(f => f.Calls.Any(c => c.Path == "response/b-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_fake.Sent("response/b-1"));
        Assert.Equal("markdown", reply.GetProperty("msgtype").GetString());
        var content = reply.GetProperty("markdown").GetProperty("content").GetString();
        Assert.StartsWith("@zhangsan", content, StringComparison.Ordinal);

        // The bot's own mention is out of the text before the recognizer reads it: 帮助 is the help, not a puzzle.
        Assert.Contains("我是幸福里助手", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(42001)]
    [InlineData(40014)]
    public async Task RefusedToken_IsRefreshedAndTheCallRetriedOnce(int code)
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        await PostAppAsync(client, AppXml("WangJianHua", "帮助", $"70003{code}"));
        await _fake.WaitForAsync(f => f.Sent("message/send").Count() == 1);

        _fake.ExpireCurrentToken(code);
        await PostAppAsync(client, AppXml("WangJianHua", "帮助", $"70004{code}"));
        await _fake.WaitForAsync(f => f.Sent("message/send").Count() == 2);

        Assert.Equal(2, _fake.Sent("message/send").Count());
        Assert.Equal(2, _fake.TokensIssued);
    }

    [Fact]
    public async Task TwoHostsSharingRedis_FetchOneToken()
    {
        var corp = $"wwshared{Guid.NewGuid():N}"[..20];
        var crypto = new WeComCrypto(AppToken, AesKey, corp);
        (string, string?)[] settings =
        [
            ("WeCom:CorpId", corp), ("WeCom:ApiBaseUrl", _fake.Address.ToString()), ("WeCom:App:AgentId", "1000002"),
            ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken), ("WeCom:App:EncodingAesKey", AesKey),
            ("Redis:KeyPrefix", $"{corp}:"),
        ];
        await using var first = await BotHostFactory.ProductionAsync(settings);
        await using var second = await BotHostFactory.ProductionAsync(settings);
        using var one = first.CreateClient();
        using var two = second.CreateClient();

        await Task.WhenAll(
            PostAppAsync(one, AppXml("A", "帮助", $"{corp}-1"), crypto: crypto, verifyWith: crypto),
            PostAppAsync(two, AppXml("B", "帮助", $"{corp}-2"), crypto: crypto, verifyWith: crypto));
        await _fake.WaitForAsync(f => f.Sent("message/send").Count() == 2);

        Assert.Equal(2, _fake.Sent("message/send").Count());
        Assert.Equal(1, _fake.TokensIssued);
    }

    [Fact]
    public async Task PermanentWeComError_IsDeadLetteredAtOnce_AndShownToAdmins()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        await PostAppAsync(client, AppXml("ghost", "帮助", "70009"));
        string deadLetters = "[]";
        for (var i = 0; i < 100 && !deadLetters.Contains("81013", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            deadLetters = await client.GetStringAsync(new Uri("/admin/outbox/dead-letters", UriKind.Relative));
        }

        Assert.Contains("WeCom error 81013", deadLetters, StringComparison.Ordinal);
        Assert.Contains("\"attempts\":1", deadLetters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongSignature_IsRefusedWithAPlain400()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await PostAppAsync(client, AppXml("x", "帮助", "1"), signature: new string('a', 40));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OldTimestamp_IsRefusedAsAReplay()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        var old = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await PostAppAsync(client, AppXml("x", "帮助", "2"), timestamp: old);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver64Kilobytes_IsRefused()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await PostAppAsync(client, AppXml("x", new string('长', 30_000), "3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task XmlWithADoctype_IsRefused_SoNoEntityIsExpanded()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        const string attack = """<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Encrypt>&xxe;</Encrypt></xml>""";
        var ts = Now;

        using var response = await client.PostAsync(new Uri($"/wecom/app/callback?msg_signature=x&timestamp={ts}&nonce=n", UriKind.Relative),
            new StringContent(attack, Encoding.UTF8));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task JsonThatDoesNotParse_IsRefused()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri($"/wecom/bot/callback?msg_signature=x&timestamp={Now}&nonce=n", UriKind.Relative),
            new StringContent("{not json", Encoding.UTF8));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnotherCorpsMessage_IsRefused()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        using var response = await PostAppAsync(client, AppXml("x", "帮助", "4"), crypto: new WeComCrypto(AppToken, AesKey, "wwsomeoneelse"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
