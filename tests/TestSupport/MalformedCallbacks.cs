using System.Text.Json.Nodes;
using CsCheck;

namespace BuildingBot.TestSupport;

/// <summary>
/// Generators of WeCom callback bodies that are well-formed enough to get past decryption but wrong in
/// shape: a smart-bot JSON message or an app XML message with some of its values replaced by values of
/// another kind (objects for strings, arrays for objects, huge or negative numbers, control characters,
/// lone surrogates, nested elements) or removed.
/// </summary>
public static class MalformedCallbacks
{
    private const string BotTemplate = """
        {"msgid":"m-1","aibotid":"AIBOT","chatid":"wr1","chattype":"group","from":{"userid":"u1"},
         "response_url":"https://x.invalid/r","msgtype":"mixed",
         "mixed":{"msg_item":[{"msgtype":"text","text":{"content":"3幢电梯坏了"}},{"msgtype":"image","image":{"url":"https://x.invalid/p.jpg"}}]},
         "text":{"content":"@幸福里助手 帮助"},"image":{"url":"https://x.invalid/q.jpg"},
         "quote":{"msgtype":"text","text":{"content":"楼道灯坏了"}},
         "event":{"eventtype":"template_card_event","template_card_event":{"event_key":"accept:WO-1"}},"create_time":1700000000}
        """;

    private static readonly string[] AppFields =
        ["ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "AgentID", "PicUrl", "Event", "EventKey", "TaskId", "ResponseCode", "ChatId", "ChangeType", "UpdateDetail"];

    private static readonly Gen<string> RawScalar = Gen.OneOf(
        Gen.OneOf(
            "null", "true", "false", "0", "-1", "1e400", "-0", "99999999999999999999999999", "253402300800", "1.5", "\"\"",
            "\"text\"", "\"image\"", "\"mixed\"", "\"event\"", "\"group\"", "\"single\"", "\"template_card_event\"",
            "\"\\u0000\\u001b\\u202e\"", "\"\\ud800\"", "\"\\udc00x\"", "\"javascript:alert(1)\"", "\"https://x.invalid/\\nsecond\"", "\"\\u0085\""),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[0, 12].Select(s => JsonValue.Create(s).ToJsonString()));

    /// <summary>A raw JSON value of any kind, nested at most three levels.</summary>
    public static Gen<string> RawJsonValue { get; } = Gen.Recursive<string>((depth, value) => depth >= 3
        ? RawScalar
        : Gen.Frequency(
            (4, RawScalar),
            (1, value.Array[0, 3].Select(items => $"[{string.Join(',', items)}]")),
            (1, Gen.Select(Gen.OneOf("msgtype", "text", "content", "msg_item", "url", "userid", "eventtype", "x"), value).Array[0, 3]
                .Select(pairs => $"{{{string.Join(',', pairs.Select(p => $"\"{p.Item1}\":{p.Item2}"))}}}"))));

    /// <summary>The smart bot's JSON message with one to three of its values (or the whole document) replaced.</summary>
    public static Gen<string> BotJson { get; } = Gen.Frequency(
        (1, RawJsonValue),
        (9, Gen.Select(Gen.Int[0, 1_000_000].Array[1, 3], RawJsonValue.Array[3], Gen.Int[0, 1_000_000]).Select(m => Mutate(m.Item1, m.Item2, m.Item3))));

    /// <summary>The app's XML message with one to three of its fields' contents replaced, removed or nested.</summary>
    public static Gen<string> AppXml { get; } = Gen.Select(
            Gen.Int[0, AppFields.Length - 1].Array[1, 3],
            Gen.OneOf(
                "", "text", "event", "template_card_event", "change_external_chat", "<a>1</a>", "<a/><b/>", "99999999999999999999",
                "-1", "253402300800", "253402300799", " 1700000000 ", "1e9", "&#x1;", "\u0085\u202e", "x]]>y", "<![CDATA[<x>]]>", "&amp;&lt;",
                new string('长', 3000), "WO-1\u0000").Array[3],
            Gen.Bool.Array[3])
        .Select(m => AppMessageXml(m.Item1, m.Item2, m.Item3));

    private static string Mutate(int[] targets, string[] values, int unique)
    {
        var root = JsonNode.Parse(BotTemplate)!;
        root["msgid"] = $"m-{unique}";
        var paths = new List<(JsonNode Parent, object Key)>();
        Walk(root, paths);
        var replacements = new Dictionary<string, string>();
        for (var i = 0; i < targets.Length; i++)
        {
            var (parent, key) = paths[targets[i] % paths.Count];
            var placeholder = $"__mutation_{i}__";
            replacements[$"\"{placeholder}\""] = values[i];
            if (key is string name)
            {
                parent[name] = placeholder;
            }
            else
            {
                parent[(int)key] = placeholder;
            }
        }

        var json = root.ToJsonString();
        foreach (var (placeholder, raw) in replacements)
        {
            json = json.Replace(placeholder, raw, StringComparison.Ordinal);
        }

        return json;
    }

    private static void Walk(JsonNode node, List<(JsonNode Parent, object Key)> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    paths.Add((obj, name));
                    if (child is not null)
                    {
                        Walk(child, paths);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    paths.Add((array, i));
                    Walk(array[i]!, paths);
                }

                break;
        }
    }

    private static string AppMessageXml(int[] targets, string[] contents, bool[] drop)
    {
        var fields = new Dictionary<string, string?>
        {
            ["ToUserName"] = "wwtestcorp0001", ["FromUserName"] = "WangJianHua", ["CreateTime"] = "1700000000", ["MsgType"] = "text",
            ["Content"] = "帮助", ["MsgId"] = $"{Guid.NewGuid():N}", ["AgentID"] = "1000002", ["PicUrl"] = "https://x.invalid/p.jpg",
            ["Event"] = "template_card_event", ["EventKey"] = "accept:WO-1", ["TaskId"] = "t", ["ResponseCode"] = "rc",
            ["ChatId"] = "wr1", ["ChangeType"] = "update", ["UpdateDetail"] = "add_member",
        };
        for (var i = 0; i < targets.Length; i++)
        {
            fields[AppFields[targets[i]]] = drop[i] && i == 0 ? null : contents[i];
        }

        return "<xml>" + string.Concat(fields.Where(f => f.Value is not null).Select(f => $"<{f.Key}>{f.Value}</{f.Key}>")) + "</xml>";
    }
}
