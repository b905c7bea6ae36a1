using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>Queues messages for delivery; a key already queued is not queued again.</summary>
public interface IOutbox
{
    Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}
