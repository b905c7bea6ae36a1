using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Delivers WeCom outbox messages by the path WeCom allows: the smart bot's response_url for a reply
/// to a resident; app message/send to a member's private chat; a group's own delivery mode for
/// unprompted group posts. WeCom's per-target limits are declared so the dispatcher waits instead of
/// letting WeCom drop messages.
/// </summary>
internal sealed class WeComSender(IServiceScopeFactory scopes, ResponseUrlStore responseUrls) : IChannelSender
{
    public ChatChannel Channel => ChatChannel.WeCom;

    public IReadOnlyList<DeliveryLimit> LimitsFor(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var target = message.Conversation.ConversationId;
        return message.Conversation.Kind == ConversationKind.Private
            ?
            [
                new DeliveryLimit($"wecom:member:{target}:minute", 30, TimeSpan.FromMinutes(1)),
                new DeliveryLimit($"wecom:member:{target}:hour", 1000, TimeSpan.FromHours(1)),
                new DeliveryLimit("wecom:api:message/send", 10_000, TimeSpan.FromMinutes(1)),
            ]
            : [new DeliveryLimit($"wecom:group:{target}:minute", 20, TimeSpan.FromMinutes(1))];
    }

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<WeComApiClient>();
        var text = message.Mention is { } mention && message.Conversation.Kind == ConversationKind.Group ? $"@{mention.Name} {message.Text}" : message.Text;
        try
        {
            if (message.ReplyToActivityId is { } activityId && await responseUrls.TakeAsync(activityId) is { } url)
            {
                await client.ReplyAsync(new Uri(url), text, cancellationToken);
                return DeliveryResult.Delivered;
            }

            if (message.Conversation.Kind == ConversationKind.Private)
            {
                await client.SendTextAsync(message.Conversation.ConversationId, text, cancellationToken);
                return DeliveryResult.Delivered;
            }

            return await SendToGroupAsync(scope.ServiceProvider, client, message.Conversation.ConversationId, text, cancellationToken);
        }
        catch (WeComApiException exception)
        {
            return exception.IsTransient ? DeliveryResult.Transient(exception.Message) : DeliveryResult.Permanent(exception.Message);
        }
    }

    private static async Task<DeliveryResult> SendToGroupAsync(IServiceProvider services, WeComApiClient client, string chatId, string text, CancellationToken cancellationToken)
    {
        var mode = await services.GetRequiredService<CommunityDbContext>().BuildingGroups.AsNoTracking()
            .Where(g => g.Channel == ChatChannel.WeCom && g.ChatId == chatId).Select(g => (DeliveryMode?)g.DeliveryMode)
            .FirstOrDefaultAsync(cancellationToken);
        switch (mode)
        {
            case DeliveryMode.AppChat:
                await client.SendAppChatTextAsync(chatId, text, cancellationToken);
                return DeliveryResult.Delivered;
            case null:
                return DeliveryResult.Permanent($"group {chatId} is not bound to a building");
            default:
                // Customer groups need the owner's confirmation and robots need a webhook key: neither is in the binding yet.
                return DeliveryResult.Permanent($"unprompted posts by {mode} are not configured for group {chatId}");
        }
    }
}
