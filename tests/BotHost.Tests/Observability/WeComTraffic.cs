using System.Globalization;
using System.Text;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.WeCom.Crypto;

namespace BuildingBot.BotHost.Tests.Observability;

/// <summary>Signed WeCom callbacks (the smart bot's JSON, the app's XML) into a host wired to a <see cref="FakeWeCom"/>.</summary>
public sealed class WeComTraffic(FakeWeCom fake)
{
    public const string GroupChat = "wrObsGroup1";

    private const string CorpId = "wwtestcorp0001";
    private const string AppToken = "AppTok3n";
    private const string BotToken = "BotTok3n";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private readonly WeComCrypto _app = new(AppToken, AesKey, CorpId);
    private readonly WeComCrypto _bot = new(BotToken, AesKey, string.Empty);

    public (string Key, string? Value)[] Settings =>
    [
        ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", fake.Address.ToString()),
        ("WeCom:App:AgentId", "1000002"), ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", AppToken),
        ("WeCom:App:EncodingAesKey", AesKey), ("WeCom:Bot:Token", BotToken), ("WeCom:Bot:EncodingAesKey", AesKey),
    ];

    private static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A resident's @mention in a group, answered through its response_url (path response/{msgId} of the fake).</summary>
    public Task<HttpResponseMessage> BotGroupMessageAsync(HttpClient client, string msgId, string text, bool badSignature = false)
    {
        var json = $$$"""
            {"msgid":"{{{msgId}}}","aibotid":"AIBOT","chatid":"{{{GroupChat}}}","chattype":"group","from":{"userid":"zhangsan"},
             "response_url":"{{{fake.Address}}}response/{{{msgId}}}","msgtype":"text","text":{"content":"@幸福里助手 {{{text}}}"}}
            """;
        var encrypted = _bot.Encrypt(json);
        return PostAsync(client, "/wecom/bot/callback", _bot, $$"""{"encrypt":"{{encrypted}}"}""", encrypted, badSignature);
    }

    /// <summary>A grid member's private message to the app, answered through message/send.</summary>
    public Task<HttpResponseMessage> AppMessageAsync(HttpClient client, string from, string text, string msgId)
    {
        var xml = $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{Now}</CreateTime>" +
                  $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId><AgentID>1000002</AgentID></xml>";
        var encrypted = _app.Encrypt(xml);
        return PostAsync(client, "/wecom/app/callback", _app,
            $"<xml><ToUserName>{CorpId}</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>", encrypted, badSignature: false);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, WeComCrypto crypto, string envelope, string encrypted, bool badSignature)
    {
        var ts = Now;
        var signature = badSignature ? new string('0', 40) : crypto.Signature(ts, "n0nce", encrypted);
        return await client.PostAsync(new Uri($"{path}?msg_signature={signature}&timestamp={ts}&nonce=n0nce", UriKind.Relative),
            new StringContent(envelope, Encoding.UTF8));
    }
}
