using BuildingBot.Community.Channels;
using BuildingBot.Community.Text;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Callbacks;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Turns decrypted callbacks into the engine's activities; the id is WeCom's de-duplication key. Texts and
/// values pass the shared control-character cleaning, as the simulator's do; the smart bot's own @-mention is taken out;
/// a reply address (response_url) and a card to mark handled travel on the activity as channel data.
/// </summary>
internal static class WeComActivities
{
    public static Activity From(AppMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = new ChannelAccount(message.FromUserName, message.FromUserName);
        var isCard = message.MsgType == "event" && message.Event == "template_card_event";
        var conversation = message.Event == "change_external_chat" && message.ChatId is { } chatId
            ? new ConversationReference(ChatChannel.WeCom, chatId, ConversationKind.Group)
            : ConversationReference.Private(ChatChannel.WeCom, message.FromUserName);
        return new Activity
        {
            Id = message.DeduplicationKey,
            Type = isCard ? ActivityType.CardAction : message.MsgType == "event" ? ActivityType.Event : ActivityType.Message,
            Conversation = conversation,
            From = from,
            Text = ControlCharacters.StripOrNull(isCard ? message.EventKey : message.Content),
            Value = message.MsgType == "event" ? ControlCharacters.StripOrNull(isCard ? message.EventKey : $"{message.Event}:{message.ChangeType}") : null,
            MentionsBot = true,
            Attachments = message.PicUrl is { Length: > 0 } pic ? [new Attachment("image/*", pic)] : [],
            Timestamp = message.CreateTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(message.CreateTime) : now,
            CardToUpdate = isCard && message.ResponseCode is { Length: > 0 } code ? code : null,
        };
    }

    /// <param name="message">The smart bot's callback.</param>
    /// <param name="now">When it arrived.</param>
    /// <param name="botName">The bot's own name, whose @-mention is taken out of the text.</param>
    public static Activity From(BotMessage message, DateTimeOffset now, string botName)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ControlCharacters.StripOrNull(message.MsgType == "event" && message.EventType == "template_card_event" ? message.EventKey : message.Text);
        var from = new ChannelAccount(message.FromUserId, message.FromUserId);
        var isCard = message.MsgType == "event" && message.EventType == "template_card_event";
        return new Activity
        {
            Id = message.DeduplicationKey,
            Type = isCard ? ActivityType.CardAction : message.MsgType == "event" ? ActivityType.Event : ActivityType.Message,
            Conversation = message.IsGroup && message.ChatId is { } chatId
                ? new ConversationReference(ChatChannel.WeCom, chatId, ConversationKind.Group)
                : ConversationReference.Private(ChatChannel.WeCom, message.FromUserId),
            From = from,
            Text = text is null || isCard ? text : BotMention.Strip(text, botName),
            Value = message.MsgType == "event" ? ControlCharacters.StripOrNull(message.EventKey ?? message.EventType) : null,
            ReplyAddress = message.ResponseUrl is { Length: > 0 } url ? url : null,
            MentionsBot = true,
            Attachments = message.ImageUrls.Select(url => new Attachment("image/*", url)).ToList(),
            Timestamp = now,
        };
    }
}
