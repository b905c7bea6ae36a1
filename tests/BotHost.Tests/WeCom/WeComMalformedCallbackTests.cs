using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuildingBot.BotHost.Tests.WeCom;

/// <summary>Correctly signed and encrypted callbacks whose content is malformed: refused with a 400, never a 500.</summary>
public sealed class WeComMalformedCallbackTests : IAsyncLifetime
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

    private BotHostFactory Host(LogCapture logs) => BotHostFactory.Embedded(
        ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _fake.Address.ToString()),
        ("WeCom:App:AgentId", "1000002"), ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken),
        ("WeCom:App:EncodingAesKey", AesKey), ("WeCom:Bot:Token", BotToken), ("WeCom:Bot:EncodingAesKey", AesKey))
        .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));

    private static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> PostBotAsync(HttpClient client, string json)
    {
        var encrypted = _bot.Encrypt(json);
        var ts = Now;
        return await client.PostAsync(new Uri($"/wecom/bot/callback?msg_signature={_bot.Signature(ts, "n0nce", encrypted)}&timestamp={ts}&nonce=n0nce", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { encrypt = encrypted }), Encoding.UTF8));
    }

    private async Task<HttpResponseMessage> PostAppAsync(HttpClient client, string xml)
    {
        var encrypted = _app.Encrypt(xml);
        var ts = Now;
        return await client.PostAsync(new Uri($"/wecom/app/callback?msg_signature={_app.Signature(ts, "n0nce", encrypted)}&timestamp={ts}&nonce=n0nce", UriKind.Relative),
            new StringContent($"<xml><ToUserName>{CorpId}</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>", Encoding.UTF8));
    }

    [Theory]
    [InlineData("bot", """{"msgid":"x-1","chattype":"group","chatid":"wr1","from":{"userid":"u1"},"msgtype":"mixed","mixed":[]}""")]
    [InlineData("bot", """{"msgid":"x-2","chattype":"group","chatid":"wr1","from":{"userid":"u1"},"msgtype":"mixed","mixed":{"msg_item":{"msgtype":"text"}}}""")]
    [InlineData("bot", """{"msgid":"x-3","chattype":"group","chatid":"wr1","from":{"userid":"u1"},"msgtype":"text","text":{"content":"\ud800"}}""")]
    [InlineData("bot", """{"msgid":"x-4","from":{"userid":"u1"},"msgtype":"text","text":{"content":"帮助"},"response_url":17}""")]
    [InlineData("app", "<xml><FromUserName>WangJianHua</FromUserName><CreateTime>99999999999999</CreateTime><MsgType>text</MsgType><Content>帮助</Content><MsgId>x-5</MsgId></xml>")]
    [InlineData("app", "<xml><FromUserName>WangJianHua</FromUserName><CreateTime>1700000000</CreateTime><MsgType><a>text</a></MsgType><MsgId>x-6</MsgId></xml>")]
    public async Task MalformedButSignedCallback_IsRefusedWith400_AndCountedAsRejected(string channel, string body)
    {
        using var logs = new LogCapture();
        await using var factory = Host(logs);
        using var client = factory.CreateClient();
        long parseRejections = 0;
        using var meter = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "buildingbot.wecom.callbacks.rejected")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meter.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t is { Key: "reason", Value: "parse" }))
            {
                Interlocked.Add(ref parseRejections, value);
            }
        });
        meter.Start();

        using var response = channel == "bot" ? await PostBotAsync(client, body) : await PostAppAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad request", await response.Content.ReadAsStringAsync());
        Assert.True(Interlocked.Read(ref parseRejections) >= 1);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith($"Refused a WeCom callback on /wecom/{channel}/callback: parse", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task SignedButMalformedBodies_AreAnsweredWith200Or400_NeverAServerError()
    {
        using var logs = new LogCapture();
        await using var factory = Host(logs);
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        await Gen.Select(Gen.Bool, MalformedCallbacks.BotJson, MalformedCallbacks.AppXml).SampleAsync(async (toBot, json, xml) =>
        {
            using var response = toBot ? await PostBotAsync(client, json) : await PostAppAsync(client, xml);
            statuses.Add(response.StatusCode);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode} for {(toBot ? json : xml)}");
        }, iter: 300, threads: 1);

        Assert.Contains(HttpStatusCode.BadRequest, statuses);
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task BotMessage_ReachesTheEngineWithoutControlCharacters()
    {
        using var logs = new LogCapture();
        await using var factory = Host(logs);
        using var client = factory.CreateClient();
        const string json = """
            {"msgid":"ctl-1","chattype":"single","from":{"userid":"zhangsan"},"msgtype":"text",
             "text":{"content":"帮\u0000助\u001b[2J\u202e\u2066"}}
            """;

        using var response = await PostBotAsync(client, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuildingBot.Community.Persistence.CommunityDbContext>();
        var stored = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.Key == "WeCom:bot:ctl-1");
        using var payload = JsonDocument.Parse(stored.Payload);
        Assert.Equal("帮助[2J", payload.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task GroupMessage_FromAnUnboundGroup_WithoutAResponseUrl_IsDeadLetteredAsAWarning_NotSentAnywhere()
    {
        using var logs = new LogCapture();
        await using var factory = Host(logs);
        using var client = factory.CreateClient();
        const string json = """
            {"msgid":"nr-1","aibotid":"AIBOT","chatid":"wrNobody","chattype":"group","from":{"userid":"zhangsan"},"msgtype":"text","text":{"content":"帮助"}}
            """;

        using var response = await PostBotAsync(client, json);
        var deadLetters = "[]";
        for (var i = 0; i < 100 && !deadLetters.Contains("not bound", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            deadLetters = await client.GetStringAsync(new Uri("/admin/outbox/dead-letters", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("wrNobody is not bound to a building and the message has no usable reply address", deadLetters, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("has no destination", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(_fake.Calls, c => c.Path.StartsWith("webhook", StringComparison.Ordinal) || c.Path.StartsWith("appchat", StringComparison.Ordinal));
    }
}
