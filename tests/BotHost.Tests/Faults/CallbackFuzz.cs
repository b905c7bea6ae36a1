using System.Globalization;
using System.Text;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using CsCheck;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// The requests of <see cref="CallbackFuzzTests"/>: request <c>i</c> of seed <c>s</c> is drawn from its own
/// <c>Random(s, i)</c>, so any one can be replayed alone. Valid smart-bot and app messages (each from its own person),
/// WeCom's retries of earlier valid ones (fresh timestamp: acknowledged, handled once) and replays of them with a stale
/// timestamp; signed messages with malformed content (<see cref="MalformedCallbacks"/>); ciphertext corrupted before
/// or after signing; truncated and oversized bodies; wrong signatures; garbage queries and bodies; GET URL
/// verification, valid and not — on both /wecom/bot/callback and /wecom/app/callback.
/// </summary>
internal sealed class CallbackFuzz(int seed, Uri weCom)
{
    private readonly WeComCrypto _bot = new(FaultRun.Token, FaultRun.AesKey, string.Empty);
    private readonly WeComCrypto _app = new(FaultRun.Token, FaultRun.AesKey, FaultRun.CorpId);

    public enum Kind
    {
        ValidBot, ValidApp, Retry, StaleReplay, Malformed, CorruptedAfterSigning, CorruptedBeforeSigning, Truncated, Oversized,
        WrongSignature, Garbage, VerifyValid, VerifyInvalid,
    }

    private static readonly (Kind Kind, int Weight)[] Weights =
    [
        (Kind.ValidBot, 12), (Kind.ValidApp, 8), (Kind.Retry, 6), (Kind.StaleReplay, 4), (Kind.Malformed, 14), (Kind.CorruptedAfterSigning, 6),
        (Kind.CorruptedBeforeSigning, 6), (Kind.Truncated, 8), (Kind.Oversized, 4), (Kind.WrongSignature, 8), (Kind.Garbage, 10),
        (Kind.VerifyValid, 6), (Kind.VerifyInvalid, 8),
    ];

    /// <summary>One request: what it is, whether WeCom would have sent it as it is (then it must be acknowledged), and what the host must answer.</summary>
    public sealed record Request(int Index, Kind Kind, HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType, string? Echo);

    public static string BotMessageId(int seed, int i) => $"fuzz-{seed}-{i}";

    public static string AppPerson(int i) => $"fuzz-a{i}";

    public static long AppMessageId(int i) => 7_000_000_000L + i;

    public Kind KindOf(int i)
    {
        var roll = Draw(i).Next(Weights.Sum(w => w.Weight));
        foreach (var (kind, weight) in Weights)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("weights");
    }

    public Request Make(int i)
    {
        var random = Draw(i);
        random.Next();
        var kind = KindOf(i);
        var bot = random.Next(2) == 0;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (kind)
        {
            case Kind.ValidBot:
                return Post(i, kind, true, BotJson(i), now, random);
            case Kind.ValidApp:
                return Post(i, kind, false, AppXml(i), now, random);
            case Kind.Retry or Kind.StaleReplay:
                // Of a valid message sent well before (WeCom retries after waiting 5 s for an answer, so not alongside the
                // original; 64 back is beyond the 16 in flight); with none, of a message of its own (a retry is then a first copy).
                var earlier = Enumerable.Range(Math.Max(0, i - 264), Math.Max(0, Math.Min(i - 64, 200))).Reverse()
                    .FirstOrDefault(j => KindOf(j) is Kind.ValidBot or Kind.ValidApp, -1);
                var isBot = earlier < 0 || KindOf(earlier) == Kind.ValidBot;
                var plain = earlier < 0 ? BotJson(i) : isBot ? BotJson(earlier) : AppXml(earlier);
                return Post(i, kind, isBot, plain, kind == Kind.Retry ? now : now - 600 - random.Next(100_000), random);
            case Kind.Malformed:
                var pcg = new PCG(1, (ulong)(uint)seed << 32 | (uint)i);
                return Post(i, kind, bot, bot ? MalformedCallbacks.BotJson.Generate(pcg, null, out _) : MalformedCallbacks.AppXml.Generate(pcg, null, out _), now, random);
            case Kind.VerifyValid or Kind.VerifyInvalid:
                return Verify(i, kind, bot, now, random);
            default:
                return Broken(i, kind, bot, now, random);
        }
    }

    // Not HashCode.Combine: it is seeded anew in every process, and a printed seed must replay the same requests.
    private Random Draw(int i) => new(unchecked((seed * 486_187_739) + i));

    private string BotJson(int i) => $$$"""
        {"msgid":"{{{BotMessageId(seed, i)}}}","aibotid":"AIBOT","chattype":"single","from":{"userid":"fuzz-u{{{i}}}"},
         "response_url":"{{{weCom}}}response/{{{BotMessageId(seed, i)}}}","msgtype":"text","text":{"content":"你好"}}
        """;

    private static string AppXml(int i) =>
        $"<xml><ToUserName>{FaultRun.CorpId}</ToUserName><FromUserName>{AppPerson(i)}</FromUserName><CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime>" +
        $"<MsgType>text</MsgType><Content>你好</Content><MsgId>{AppMessageId(i)}</MsgId><AgentID>1000002</AgentID></xml>";

    private Request Post(int i, Kind kind, bool bot, string plain, long timestamp, Random random)
    {
        var crypto = bot ? _bot : _app;
        var encrypted = crypto.Encrypt(plain);
        var ts = timestamp.ToString(CultureInfo.InvariantCulture);
        var nonce = $"n{random.Next():x}";
        return new Request(i, kind, HttpMethod.Post, Query(bot, crypto.Signature(ts, nonce, encrypted), ts, nonce), Envelope(bot, encrypted), ContentType(bot, random), null);
    }

    private Request Verify(int i, Kind kind, bool bot, long now, Random random)
    {
        var crypto = bot ? _bot : _app;
        var echo = $"echo-{random.Next()}";
        var encrypted = crypto.Encrypt(echo);
        var ts = now.ToString(CultureInfo.InvariantCulture);
        var signature = crypto.Signature(ts, "n", encrypted);
        var path = kind == Kind.VerifyValid
            ? $"{Path(bot)}?msg_signature={signature}&timestamp={ts}&nonce=n&echostr={Uri.EscapeDataString(encrypted)}"
            : random.Next(4) switch
            {
                0 => $"{Path(bot)}?msg_signature={signature}&timestamp={ts}&nonce=n",
                1 => $"{Path(bot)}?msg_signature={signature}&timestamp={ts}&nonce=n&echostr={Uri.EscapeDataString(Mangle(encrypted, random))}",
                2 => $"{Path(bot)}?msg_signature={signature}&timestamp={now - 3600}&nonce=n&echostr={Uri.EscapeDataString(encrypted)}",
                _ => $"{Path(bot)}?{Uri.EscapeDataString(RandomText(random, 200))}={Uri.EscapeDataString(RandomText(random, 300))}",
            };
        return new Request(i, kind, HttpMethod.Get, path, null, null, kind == Kind.VerifyValid ? echo : null);
    }

    private Request Broken(int i, Kind kind, bool bot, long now, Random random)
    {
        var crypto = bot ? _bot : _app;
        var plain = bot ? BotJson(i) : AppXml(i);
        var ts = now.ToString(CultureInfo.InvariantCulture);
        var encrypted = crypto.Encrypt(plain);
        var signature = crypto.Signature(ts, "n", encrypted);
        byte[] body;
        var query = Query(bot, signature, ts, "n");
        switch (kind)
        {
            case Kind.CorruptedAfterSigning:
                body = Envelope(bot, Mangle(encrypted, random));
                break;
            case Kind.CorruptedBeforeSigning:
                var mangled = Mangle(encrypted, random);
                body = Envelope(bot, mangled);
                query = Query(bot, crypto.Signature(ts, "n", mangled), ts, "n");
                break;
            case Kind.Truncated:
                var whole = Envelope(bot, encrypted);
                body = whole[..random.Next(whole.Length)];
                break;
            case Kind.Oversized:
                var padding = new string('A', 64 * 1024 + random.Next(1, 256 * 1024));
                body = Envelope(bot, random.Next(2) == 0 ? padding : encrypted + padding);
                break;
            case Kind.WrongSignature:
                body = Envelope(bot, encrypted);
                query = Query(bot, random.Next(2) == 0 ? crypto.Signature(ts, "other", encrypted) : RandomText(random, 40), ts, "n");
                break;
            default:
                body = new byte[random.Next(4096)];
                random.NextBytes(body);
                query = random.Next(3) == 0 ? string.Empty : $"?msg_signature={RandomText(random, 40)}&timestamp={RandomText(random, 12)}&nonce=&x={RandomText(random, 20)}";
                return new Request(i, kind, HttpMethod.Post, Path(bot) + query, body, random.Next(2) == 0 ? "application/octet-stream" : null, null);
        }

        return new Request(i, kind, HttpMethod.Post, query, body, ContentType(bot, random), null);
    }

    private static string Path(bool bot) => bot ? "/wecom/bot/callback" : "/wecom/app/callback";

    private static string Query(bool bot, string signature, string timestamp, string nonce) =>
        $"{Path(bot)}?msg_signature={Uri.EscapeDataString(signature)}&timestamp={timestamp}&nonce={nonce}";

    private static byte[] Envelope(bool bot, string encrypted) => Encoding.UTF8.GetBytes(bot
        ? $$"""{"encrypt":"{{encrypted}}"}"""
        : $"<xml><ToUserName>{FaultRun.CorpId}</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>");

    private static string? ContentType(bool bot, Random random) => random.Next(4) switch
    {
        0 => null,
        1 => "text/plain",
        _ => bot ? "application/json" : "text/xml",
    };

    /// <summary>One to four characters of the base64 text replaced, dropped or added.</summary>
    /// <summary>
    /// One to four random edits; never the text itself (an insertion the next edit removes again would leave the
    /// signed text intact, and the "corrupted" request would rightly be accepted).
    /// </summary>
    private static string Mangle(string text, Random random)
    {
        var chars = new StringBuilder(text);
        do
        {
            for (var n = random.Next(1, 5); n > 0 && chars.Length > 1; n--)
            {
                var at = random.Next(chars.Length);
                switch (random.Next(3))
                {
                    case 0:
                        chars[at] = chars[at] == 'A' ? 'B' : 'A';
                        break;
                    case 1:
                        chars.Remove(at, 1);
                        break;
                    default:
                        chars.Insert(at, "+/=%"[random.Next(4)]);
                        break;
                }
            }
        }
        while (chars.Equals(text.AsSpan()));

        return chars.ToString();
    }

    private static string RandomText(Random random, int max)
    {
        var chars = new char[random.Next(max)];
        for (var c = 0; c < chars.Length; c++)
        {
            chars[c] = (char)random.Next(1, 0xD7FF);
        }

        return new string(chars);
    }
}
