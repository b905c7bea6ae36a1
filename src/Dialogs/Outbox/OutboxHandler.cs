using System.Text.Json;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>
/// Delivers one outbox row through its channel's sender, after the channel's limits for its route allow it (a limit
/// defers the row without using an attempt). A payload that cannot be read or a channel without a sender is
/// permanent; anything the sender throws is a failed attempt (the queue retries it, then dead-letters it).
/// </summary>
public sealed class OutboxHandler(IEnumerable<IChannelSender> senders, ISlidingWindowLimiter limiter, TimeProvider clock) : IQueueHandler<OutboxMessage>
{
    public const string QueueName = "Outbox";

    public async Task<QueueOutcome> HandleAsync(OutboxMessage item, bool lastAttempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        OutgoingMessage message;
        try
        {
            message = OutboxPayload.FromRow(item);
        }
        catch (JsonException exception)
        {
            return QueueOutcome.Permanent($"payload does not parse: {exception.Message}");
        }

        if (senders.FirstOrDefault(s => s.Channel == item.Channel) is not { } sender)
        {
            return QueueOutcome.Permanent($"no sender is registered for channel {item.Channel}");
        }

        foreach (var limit in await sender.LimitsForAsync(message, cancellationToken).ConfigureAwait(false))
        {
            var decision = await limiter.TryAcquireAsync(limit.Key, limit.Limit, limit.Window, cancellationToken).ConfigureAwait(false);
            if (!decision.Allowed)
            {
                DialogsMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("result", "RateLimited"));
                return QueueOutcome.Defer(clock.GetUtcNow() + decision.RetryAfter);
            }
        }

        var result = await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        DialogsMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("result", result.Status.ToString()));
        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                item.DeliveredAt = clock.GetUtcNow();
                return QueueOutcome.Done;
            case DeliveryStatus.PermanentFailure:
                return QueueOutcome.Permanent(result.Error ?? "the channel refused the message");
            case DeliveryStatus.NoRoute:
                return QueueOutcome.Undeliverable(result.Error ?? "nothing reaches the conversation");
            default:
                return QueueOutcome.Retry(result.Error ?? "the channel failed", result.RetryAfter is { } after ? clock.GetUtcNow() + after : null);
        }
    }
}
