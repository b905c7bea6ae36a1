using System.Text.Json;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// A decrypted smart-bot (智能机器人) callback: a text, mixed or quoted message that @-mentions the bot in
/// a group or is sent privately, or an event (enter_chat, template_card_event, feedback_event).
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
            var type = String(root, "msgtype") ?? throw new CallbackRejectedException("parse", "The message has no msgtype");
            var texts = new List<string>();
            var images = new List<string>();
            Collect(root, type, texts, images);
            if (root.TryGetProperty("quote", out var quote) && String(quote, "msgtype") is { } quoteType)
            {
                var quoted = new List<string>();
                Collect(quote, quoteType, quoted, images);
                texts.AddRange(quoted.Select(q => $"「{q}」"));
            }

            var eventElement = root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
            return new BotMessage
            {
                MsgId = String(root, "msgid") ?? throw new CallbackRejectedException("parse", "The message has no msgid"),
                MsgType = type,
                ChatType = String(root, "chattype"),
                ChatId = String(root, "chatid"),
                FromUserId = root.TryGetProperty("from", out var from) ? String(from, "userid") ?? string.Empty : string.Empty,
                ResponseUrl = String(root, "response_url"),
                Text = string.Join('\n', texts).Trim(),
                ImageUrls = images,
                EventType = eventElement.ValueKind == JsonValueKind.Object ? String(eventElement, "eventtype") : null,
                EventKey = eventElement.ValueKind == JsonValueKind.Object && eventElement.TryGetProperty("template_card_event", out var card)
                    ? String(card, "event_key") : null,
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
            return String(document.RootElement, "encrypt") ?? throw new CallbackRejectedException("parse", "The envelope has no encrypt");
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
            case "text" when element.TryGetProperty("text", out var text):
                texts.Add(String(text, "content") ?? string.Empty);
                break;
            case "image" when element.TryGetProperty("image", out var image):
                if (String(image, "url") is { } url)
                {
                    images.Add(url);
                }

                break;
            case "mixed" when element.TryGetProperty("mixed", out var mixed) && mixed.TryGetProperty("msg_item", out var items):
                foreach (var item in items.EnumerateArray())
                {
                    Collect(item, String(item, "msgtype") ?? string.Empty, texts, images);
                }

                break;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
