using System.Globalization;
using System.Xml.Linq;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// A decrypted self-built-app callback: a grid member's text or image, or an event (enter_agent, click,
/// template_card_event, change_external_chat).
/// </summary>
public sealed record AppMessage
{
    public required string MsgType { get; init; }

    public required string FromUserName { get; init; }

    public long CreateTime { get; init; }

    public string? MsgId { get; init; }

    public string? Content { get; init; }

    public string? PicUrl { get; init; }

    public string? Event { get; init; }

    public string? EventKey { get; init; }

    /// <summary>template_card_event: the card's task id (for update_template_card) and the button's key in EventKey.</summary>
    public string? TaskId { get; init; }

    public string? ResponseCode { get; init; }

    /// <summary>change_external_chat: the customer group and what changed.</summary>
    public string? ChatId { get; init; }

    public string? ChangeType { get; init; }

    public string? UpdateDetail { get; init; }

    /// <summary>
    /// The key under which WeCom's retries are one activity: the msgid for messages; for events (which
    /// have none) the sender, time and every field that tells two events of the same second apart — hashed when
    /// those are long, so the key always fits its column.
    /// </summary>
    public string DeduplicationKey => MsgId is { Length: > 0 } id ? $"app:msg:{id}" : $"app:event:{EventKeyFields()}";

    /// <summary>The latest second <see cref="DateTimeOffset"/> can hold (9999-12-31T23:59:59Z).</summary>
    public const long MaxCreateTime = 253_402_300_799;

    /// <summary>Parses the decrypted XML; a message that is not of the expected shape is a <see cref="CallbackRejectedException"/>.</summary>
    public static AppMessage Parse(string xml)
    {
        var root = SafeXml.Parse(xml);
        return new AppMessage
        {
            MsgType = root.Child("MsgType") ?? throw new CallbackRejectedException("parse", "The message has no MsgType"),
            FromUserName = CallbackIds.Check(root.Child("FromUserName"), "FromUserName") ?? throw new CallbackRejectedException("parse", "The message has no FromUserName"),
            CreateTime = CreateTimeOf(root.Child("CreateTime")),
            MsgId = CallbackIds.Check(root.Child("MsgId"), "MsgId"),
            Content = root.Child("Content"),
            PicUrl = root.Child("PicUrl"),
            Event = root.Child("Event"),
            EventKey = root.Child("EventKey"),
            TaskId = root.Child("TaskId"),
            ResponseCode = root.Child("ResponseCode"),
            ChatId = CallbackIds.Check(root.Child("ChatId"), "ChatId"),
            ChangeType = root.Child("ChangeType"),
            UpdateDetail = root.Child("UpdateDetail"),
        };
    }

    private string EventKeyFields()
    {
        var fields = $"{FromUserName}:{CreateTime}:{Event}:{EventKey}:{TaskId}:{ChatId}:{ChangeType}:{UpdateDetail}";
        return fields.Length <= 200
            ? fields
            : $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fields)))}";
    }

    /// <summary>The outer envelope WeCom posts: the ciphertext and the receiving agent.</summary>
    public static (string Encrypt, string? AgentId) ParseEnvelope(string xml)
    {
        var root = SafeXml.Parse(xml);
        return (root.Child("Encrypt") ?? throw new CallbackRejectedException("parse", "The envelope has no Encrypt"), root.Child("AgentID"));
    }

    /// <summary>Seconds since 1970 (none: 0, the time of receipt is used); anything else is refused.</summary>
    private static long CreateTimeOf(string? text) => text switch
    {
        null or "" => 0,
        _ when long.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxCreateTime => seconds,
        _ => throw new CallbackRejectedException("parse", "The CreateTime is not a time (seconds since 1970)"),
    };
}