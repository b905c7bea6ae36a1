using System.Text.Json;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// A decrypted smart-bot (智能机器人) callback: a text, mixed or quoted message that @-mentions the bot in
/// a group or is sent privately, or an event (enter_chat, template_card_event, feedback_event). Anything
/// that is not of that shape (a field of the wrong JSON kind, ids with control characters, a
/// response_url that is no http(s) address) is refused with a <see cref="CallbackRejectedException"/>.
/// </summary>
public sealed record BotMessage
{
    public required string MsgId { get; init; }

    public required string MsgType { get; init; }

    /// <summary>"group" or "single".</summary>
    public string? ChatType { get; init; }

    public string? ChatId { get; init; }

    public required string FromUserId { get; init; }

    /// <summary>Where a late reply goes: usable once, within an hour.</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>The text (for mixed messages, the text parts joined), without the @mention.</summary>
    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<string> ImageUrls { get; init; } = [];

    public string? EventType { get; init; }

    /// <summary>template_card_event: the pressed button's key.</summary>
    public string? EventKey { get; init; }

    public bool IsGroup => ChatType == "group";

    public string DeduplicationKey => $"bot:{MsgId}";

    public static BotMessage Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            JsonFields.RequireObject(root, "The message");
            var type = JsonFields.String(root, "msgtype") ?? throw new CallbackRejectedException("parse", "The message has no msgtype");
            var texts = new List<string>();
            var images = new List<string>();
            Collect(root, type, texts, images);
            if (JsonFields.Object(root, "quote") is { } quote && JsonFields.String(quote, "msgtype") is { } quoteType)
            {
                var quoted = new List<string>();
                Collect(quote, quoteType, quoted, images);
                texts.AddRange(quoted.Select(q => $"「{q}」"));
            }

            var eventElement = JsonFields.Object(root, "event");
            var card = eventElement is { } e ? JsonFields.Object(e, "template_card_event") : null;
            return new BotMessage
            {
                MsgId = JsonFields.Id(root, "msgid") ?? throw new CallbackRejectedException("parse", "The message has no msgid"),
                MsgType = type,
                ChatType = JsonFields.String(root, "chattype"),
                ChatId = JsonFields.Id(root, "chatid"),
                FromUserId = JsonFields.Object(root, "from") is { } from ? JsonFields.Id(from, "userid") ?? string.Empty : string.Empty,
                ResponseUrl = CheckedResponseUrl(JsonFields.String(root, "response_url")),
                Text = string.Join('\n', texts).Trim(),
                ImageUrls = images,
                EventType = eventElement is { } ev ? JsonFields.String(ev, "eventtype") : null,
                EventKey = card is { } c ? JsonFields.String(c, "event_key") : null,
            };
        }
        catch (JsonException exception)
        {
            throw new CallbackRejectedException("parse", "The JSON does not parse", exception);
        }
    }

    /// <summary>The outer envelope: {"encrypt": "..."}.</summary>
    public static string ParseEnvelope(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            JsonFields.RequireObject(document.RootElement, "The envelope");
            return JsonFields.String(document.RootElement, "encrypt") ?? throw new CallbackRejectedException("parse", "The envelope has no encrypt");
        }
        catch (JsonException exception)
        {
            throw new CallbackRejectedException("parse", "The JSON does not parse", exception);
        }
    }

    private static void Collect(JsonElement element, string type, List<string> texts, List<string> images)
    {
        switch (type)
        {
            case "text" when JsonFields.Object(element, "text") is { } text:
                texts.Add(JsonFields.String(text, "content") ?? string.Empty);
                break;
            case "image" when JsonFields.Object(element, "image") is { } image:
                if (JsonFields.String(image, "url") is { } url)
                {
                    images.Add(url);
                }

                break;
            case "mixed" when JsonFields.Object(element, "mixed") is { } mixed && JsonFields.Array(mixed, "msg_item") is { } items:
                foreach (var item in items.EnumerateArray())
                {
                    JsonFields.RequireObject(item, "A msg_item");
                    Collect(item, JsonFields.String(item, "msgtype") ?? string.Empty, texts, images);
                }

                break;
        }
    }

    private static string? CheckedResponseUrl(string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && !url.Any(char.IsControl))
            ? url
            : throw new CallbackRejectedException("parse", "The response_url is not an http(s) address");
}
