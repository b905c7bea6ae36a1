using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Delivers WeCom outbox messages by the route WeCom allows: the smart bot's response_url for a reply (once per
/// address, kept until a definitive answer — see <see cref="ReplyAddressLedger"/>); app message/send to a member's
/// private chat; a group's own delivery mode for everything else in a group; a card update for a handled button.
/// Each route declares WeCom's own limits (<see cref="WeComLimits"/>) so the queue waits instead of WeCom dropping.
/// </summary>
internal sealed partial class WeComSender(IServiceScopeFactory scopes, ReplyAddressLedger replies, ILogger<WeComSender> logger) : IChannelSender
{
    private const string CardTitle = "幸福里助手";

    public ChatChannel Channel => ChatChannel.WeCom;

    /// <summary>WeCom cuts text messages (message/send, appchat, group robots, 客户群) at 2,048 bytes.</summary>
    public int? MaxTextBytes => 2048;

    public async Task<IReadOnlyList<DeliveryLimit>> LimitsForAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.ReplyAddress is { } url && message.CardToUpdate is null && await replies.IsFreeForAsync(url, message.IdempotencyKey ?? message.Text))
        {
            // A reply through its own address counts against no robot or member limit.
            return [];
        }

        var (route, target) = await RouteAsync(message, cancellationToken);
        return Limits(route, target);
    }

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<WeComApiClient>();
        var text = message.Mention is { } mention && message.Conversation.Kind == ConversationKind.Group ? $"@{mention.Name} {message.Text}" : message.Text;
        try
        {
            if (message.CardToUpdate is { } responseCode)
            {
                await client.UpdateButtonCardAsync(message.Conversation.ConversationId, responseCode, message.Text, cancellationToken);
                return DeliveryResult.Delivered;
            }

            if (message.ReplyAddress is { } url && await replies.IsFreeForAsync(url, message.IdempotencyKey ?? message.Text))
            {
                // Should the address fail without a definite answer, the next attempt takes the conversation's route within its limits.
                return await ReplyAsync(client, url, message.IdempotencyKey ?? message.Text, text, cancellationToken)
                    ?? DeliveryResult.Transient("the response_url gave no definite answer; the conversation's own route takes the message", TimeSpan.Zero);
            }

            return await SendByRouteAsync(scope.ServiceProvider, client, message, text, cancellationToken);
        }
        catch (WeComApiException exception)
        {
            return exception.IsTransient ? DeliveryResult.Transient(exception.Message) : DeliveryResult.Permanent(exception.Message);
        }
    }

    /// <returns>The result when the address settled it; null to go by the conversation's own route now.</returns>
    private async Task<DeliveryResult?> ReplyAsync(WeComApiClient client, string url, string messageKey, string text, CancellationToken cancellationToken)
    {
        var use = await replies.BeginAsync(url, messageKey);
        switch (use)
        {
            case ReplyAddressUse.SentBefore:
                return DeliveryResult.Delivered;
            case ReplyAddressUse.InDoubt or ReplyAddressUse.UsedByAnother:
                return null;
        }

        try
        {
            await client.ReplyAsync(new Uri(url), text, cancellationToken);
            await RecordSentAsync(url, messageKey);
            return DeliveryResult.Delivered;
        }
        catch (WeComApiException exception) when (use == ReplyAddressUse.Interrupted && exception.ErrorCode != 0 && !exception.IsTransient)
        {
            // The address was this message's alone and its cut-off attempt used it: WeCom refuses a second reply, so the first arrived.
            await RecordSentAsync(url, messageKey);
            return DeliveryResult.Delivered;
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Nothing reached WeCom: the address stays this message's for the next attempt.
            await replies.ReleaseAsync(url);
            return DeliveryResult.Transient($"response_url unreachable ({exception.HttpRequestError})");
        }
        catch (WeComApiException exception) when (!exception.IsTransient)
        {
            // A definitive refusal (expired, used): the address is spent; the conversation's own route takes the message.
            await replies.SentAsync(url, $"refused|{messageKey}");
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or WeComApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No answer, or a server error after the body went out: it may have arrived. The conversation's own route takes it.
            await replies.InDoubtAsync(url, messageKey);
            return null;
        }
    }

    /// <summary>
    /// Notes in the ledger that the reply went out. The message was delivered whatever happens here: should the ledger's
    /// store be down (Redis restarting), the delivery still stands, since the outbox row marked done is what keeps the
    /// message from being sent again; failing here would send it twice.
    /// </summary>
    private async Task RecordSentAsync(string url, string messageKey)
    {
        try
        {
            await replies.SentAsync(url, messageKey);
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            LogLedgerUnavailable(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply went out through its response_url but the reply-address ledger could not record it; the delivery stands")]
    private partial void LogLedgerUnavailable(Exception exception);

    private static async Task<DeliveryResult> SendByRouteAsync(IServiceProvider services, WeComApiClient client, OutgoingMessage message, string text, CancellationToken cancellationToken)
    {
        var target = message.Conversation.ConversationId;
        if (message.Conversation.Kind == ConversationKind.Private && message.Buttons.Count > 0)
        {
            // The task id must be unique per card; the outbox key is, within WeCom's 128-character alphabet.
            var taskId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.IdempotencyKey ?? text)))[..32];
            await client.SendButtonCardAsync(target, CardTitle, text, message.Buttons.Select(b => (b.Title, b.Value)).ToList(), taskId, cancellationToken);
            return DeliveryResult.Delivered;
        }

        if (message.Conversation.Kind == ConversationKind.Private)
        {
            await client.SendTextAsync(target, text, cancellationToken);
            return DeliveryResult.Delivered;
        }

        var group = await GroupAsync(services, target, cancellationToken);
        switch (group)
        {
            case null:
                // A smart bot can be added to any group: one no staff member bound is reached only through a reply address.
                return DeliveryResult.NoRoute($"group {target} is not bound to a building and the message has no usable reply address");
            case { DeliveryMode: DeliveryMode.AppChat }:
                await client.SendAppChatTextAsync(target, text, cancellationToken);
                return DeliveryResult.Delivered;
            case { DeliveryMode: DeliveryMode.GroupRobotWebhook, WebhookKey: { Length: > 0 } key }:
                await client.SendWebhookTextAsync(key, text, cancellationToken);
                return DeliveryResult.Delivered;
            case { DeliveryMode: DeliveryMode.CustomerGroupMessage, OwnerUserId: { Length: > 0 } owner }:
                // WeCom queues it for the owner, who confirms it in the client before residents see it.
                await client.AddGroupMessageTemplateAsync(owner, [target], text, cancellationToken);
                return DeliveryResult.Delivered;
            default:
                return DeliveryResult.Permanent($"group {target} has no webhook key or owner for {group.DeliveryMode} posts");
        }
    }

    private async Task<(WeComRoute Route, string Target)> RouteAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var target = message.Conversation.ConversationId;
        if (message.Conversation.Kind == ConversationKind.Private || message.CardToUpdate is not null)
        {
            return (WeComRoute.MessageSend, target);
        }

        await using var scope = scopes.CreateAsyncScope();
        var group = await GroupAsync(scope.ServiceProvider, target, cancellationToken);
        return group?.DeliveryMode switch
        {
            DeliveryMode.AppChat => (WeComRoute.AppChat, target),
            DeliveryMode.CustomerGroupMessage => (WeComRoute.CustomerGroup, target),
            _ => (WeComRoute.Webhook, target),
        };
    }

    private static Task<BuildingGroup?> GroupAsync(IServiceProvider services, string chatId, CancellationToken cancellationToken) =>
        services.GetRequiredService<CommunityDbContext>().BuildingGroups.AsNoTracking()
            .FirstOrDefaultAsync(g => g.Channel == ChatChannel.WeCom && g.ChatId == chatId, cancellationToken);

    private static DeliveryLimit[] Limits(WeComRoute route, string target) =>
        [.. WeComLimits.For(route, target).Select(l => new DeliveryLimit(l.Key, l.Limit, l.Window))];
}
