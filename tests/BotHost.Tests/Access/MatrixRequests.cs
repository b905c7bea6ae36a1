using System.Globalization;
using System.Text;
using BuildingBot.WeCom.Crypto;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace BuildingBot.BotHost.Tests.Access;

/// <summary>Builds a real request for an endpoint of the matrix, as a given caller would send it.</summary>
internal static class MatrixRequests
{
    public const string AdminKey = "matrix-admin-key";
    public const string Open311Key = "matrix-open311-key";
    public const string CorpId = "wwmatrixcorp01";
    public const string AppToken = "MatrixApp";
    public const string BotToken = "MatrixBot";
    public const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["chatId"] = "sim-g-XF01-3", ["userId"] = "sim-r0066", ["conversationId"] = "sim-g-XF01-3", ["kind"] = "buildings",
        ["id"] = "1", ["n"] = "1", ["groupId"] = "1", ["occurrenceId"] = "1", ["number"] = "WO-20990101-0001", ["code"] = "Sanitation",
        ["format"] = "json", ["documentName"] = "v1", ["extension"] = "json", ["path"] = string.Empty,
    };

    public static (string Method, string Route) Key(RouteEndpoint endpoint, string method) => (method, endpoint.RoutePattern.RawText ?? string.Empty);

    public static string Path(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Samples.TryGetValue(parameter.Name, out var sample)
                ? sample
                : throw new InvalidOperationException($"Give the route parameter '{parameter.Name}' a sample value in {nameof(MatrixRequests)}."),
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments).TrimEnd('/');
    }

    public static HttpRequestMessage Build(string method, string route, RoutePattern pattern, MatrixCaller caller)
    {
        var path = Path(pattern);
        var request = new HttpRequestMessage(new HttpMethod(method == "*" ? "GET" : method), new Uri(path, UriKind.Relative));
        if (caller.Peer is not null)
        {
            request.Headers.Add(TestPeer.Header, caller.Peer);
        }

        if (caller.AdminKey)
        {
            request.Headers.Add("X-Admin-Key", AdminKey);
        }

        if (route.StartsWith("/wecom/", StringComparison.Ordinal))
        {
            return WeCom(request, route, caller.WeComSigned);
        }

        request.Content = (method, route) switch
        {
            ("POST", "/admin/import/{kind}") => new StringContent("community\n", Encoding.UTF8, "text/csv"),
            ("POST", "/admin/policies/import") => new StringContent("[]", Encoding.UTF8, "application/json"),
            ("POST", "/open311/v2/requests.{format}") => new FormUrlEncodedContent(caller.Open311Key ? [KeyValuePair.Create("api_key", Open311Key)] : []),
            ("POST" or "PUT", _) => new StringContent("{}", Encoding.UTF8, "application/json"),
            _ => null,
        };
        return request;
    }

    /// <summary>A URL check (GET) or a text message (POST), signed with the callback's token when <paramref name="signed"/>.</summary>
    private static HttpRequestMessage WeCom(HttpRequestMessage request, string route, bool signed)
    {
        var app = route.StartsWith("/wecom/app/", StringComparison.Ordinal);
        var crypto = app ? new WeComCrypto(AppToken, AesKey, CorpId) : new WeComCrypto(BotToken, AesKey, string.Empty);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var path = request.RequestUri!.OriginalString;
        if (request.Method == HttpMethod.Get)
        {
            var echo = crypto.Encrypt("4783920193847561");
            var signature = signed ? crypto.Signature(timestamp, "n", echo) : "unsigned";
            request.RequestUri = new Uri($"{path}?msg_signature={signature}&timestamp={timestamp}&nonce=n&echostr={Uri.EscapeDataString(echo)}", UriKind.Relative);
            return request;
        }

        var message = app
            ? $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[matrix]]></FromUserName><CreateTime>{timestamp}</CreateTime>" +
              $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[帮助]]></Content><MsgId>{Guid.NewGuid():N}</MsgId><AgentID>1000002</AgentID></xml>"
            : $$$"""{"msgid":"{{{Guid.NewGuid():N}}}","aibotid":"AIBOT","chatid":"wrMatrix","chattype":"group","from":{"userid":"matrix"},"msgtype":"text","text":{"content":"帮助"}}""";
        var encrypted = crypto.Encrypt(message);
        var envelope = app
            ? $"<xml><ToUserName>{CorpId}</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>1000002</AgentID></xml>"
            : $$"""{"encrypt":"{{encrypted}}"}""";
        var sig = signed ? crypto.Signature(timestamp, "n0nce", encrypted) : "unsigned";
        request.RequestUri = new Uri($"{path}?msg_signature={sig}&timestamp={timestamp}&nonce=n0nce", UriKind.Relative);
        request.Content = new StringContent(envelope, Encoding.UTF8);
        return request;
    }
}
