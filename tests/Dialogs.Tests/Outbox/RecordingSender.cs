using System.Collections.Concurrent;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Tests.Outbox;

/// <summary>A simulator-channel sender that records deliveries and answers with scripted results.</summary>
public sealed class RecordingSender : IChannelSender
{
    private readonly ConcurrentQueue<DeliveryResult> _script = new();

    public ChatChannel Channel => ChatChannel.Simulator;

    public ConcurrentQueue<OutgoingMessage> Delivered { get; } = new();

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    /// <summary>The longest text this channel carries, if limited.</summary>
    public int? MaxTextBytes { get; set; }

    /// <summary>A per-target limit to enforce, if any.</summary>
    public DeliveryLimit? Limit { get; set; }

    /// <summary>Runs inside the send, before the scripted result (a slow channel, an exception).</summary>
    public Func<OutgoingMessage, Task>? During { get; set; }

    public void Then(params DeliveryResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<IReadOnlyList<DeliveryLimit>> LimitsForAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryLimit>>(Limit is null ? [] : [Limit with { Key = $"{Limit.Key}:{message.Conversation.ConversationId}" }]);

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Attempts.AddOrUpdate(message.IdempotencyKey!, 1, (_, n) => n + 1);
        if (During is { } during)
        {
            await during(message);
        }

        var result = _script.TryDequeue(out var scripted) ? scripted : DeliveryResult.Delivered;
        if (result.Status == DeliveryStatus.Delivered)
        {
            Delivered.Enqueue(message);
        }

        return result;
    }
}
