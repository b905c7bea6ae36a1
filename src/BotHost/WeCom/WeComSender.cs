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
    private const string CardTitle = "幸福里助手";

    public ChatChannel Channel => ChatChannel.WeCom;

    /// <summary>WeCom's documented limit for every corp API, per minute.</summary>
    public const int CorpApiPerMinute = 10_000;

    public async Task<IReadOnlyList<DeliveryLimit>> LimitsForAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var target = message.Conversation.ConversationId;
        if (message.Conversation.Kind == ConversationKind.Private)
        {
            return
            [
                new DeliveryLimit($"wecom:member:{target}:minute", 30, TimeSpan.FromMinutes(1)),
                new DeliveryLimit($"wecom:member:{target}:hour", 1000, TimeSpan.FromHours(1)),
                Api("message/send"),
            ];
        }

        await using var scope = scopes.CreateAsyncScope();
        var mode = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().BuildingGroups.AsNoTracking()
            .Where(g => g.Channel == ChatChannel.WeCom && g.ChatId == target).Select(g => (DeliveryMode?)g.DeliveryMode)
            .FirstOrDefaultAsync(cancellationToken);
        return mode switch
        {
            DeliveryMode.AppChat => [Api("appchat/send")],
            DeliveryMode.CustomerGroupMessage => [Api("externalcontact/add_msg_template")],

            // A group robot takes 20 messages a minute; its webhook is not a corp API.
            _ => [new DeliveryLimit($"wecom:group:{target}:minute", 20, TimeSpan.FromMinutes(1))],
        };
    }

    private static DeliveryLimit Api(string path) => new($"wecom:api:{path}", CorpApiPerMinute, TimeSpan.FromMinutes(1));

    /// <summary>WeCom cuts text messages (message/send, appchat, group robots, 客户群) at 2,048 bytes.</summary>
    public int? MaxTextBytes => 2048;

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

            if (message.Conversation.Kind == ConversationKind.Private && message.Buttons.Count > 0)
            {
                // The task id must be unique per card; the outbox key is, within WeCom's 128-character alphabet.
                var taskId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.IdempotencyKey ?? text)))[..32];
                await client.SendButtonCardAsync(message.Conversation.ConversationId, CardTitle, text,
                    message.Buttons.Select(b => (b.Title, b.Value)).ToList(), taskId, cancellationToken);
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
        var group = await services.GetRequiredService<CommunityDbContext>().BuildingGroups.AsNoTracking()
            .FirstOrDefaultAsync(g => g.Channel == ChatChannel.WeCom && g.ChatId == chatId, cancellationToken);
        switch (group)
        {
            case null:
                return DeliveryResult.Permanent($"group {chatId} is not bound to a building");
            case { DeliveryMode: DeliveryMode.AppChat }:
                await client.SendAppChatTextAsync(chatId, text, cancellationToken);
                return DeliveryResult.Delivered;
            case { DeliveryMode: DeliveryMode.GroupRobotWebhook, WebhookKey: { Length: > 0 } key }:
                await client.SendWebhookTextAsync(key, text, cancellationToken);
                return DeliveryResult.Delivered;
            case { DeliveryMode: DeliveryMode.CustomerGroupMessage, OwnerUserId: { Length: > 0 } owner }:
                // WeCom queues it for the owner, who confirms it in the client before residents see it.
                await client.AddGroupMessageTemplateAsync(owner, [chatId], text, cancellationToken);
                return DeliveryResult.Delivered;
            default:
                return DeliveryResult.Permanent($"group {chatId} has no webhook key or owner for {group.DeliveryMode} posts");
        }
    }
}
