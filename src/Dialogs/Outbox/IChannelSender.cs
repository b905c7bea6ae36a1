using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>Delivers outbox messages on one channel (the simulator, WeCom); implemented by the host.</summary>
public interface IChannelSender
{
    ChatChannel Channel { get; }

    /// <summary>The channel's limits for this message's target and API; the dispatcher waits instead of exceeding them.</summary>
    Task<IReadOnlyList<DeliveryLimit>> LimitsForAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>The longest text one message carries, in UTF-8 bytes; the outbox queues longer texts as several parts. Null: no limit.</summary>
    int? MaxTextBytes => null;

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
