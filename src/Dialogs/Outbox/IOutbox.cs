using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>Queues messages for delivery; a key already queued is not queued again.</summary>
public interface IOutbox
{
    Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the messages to the current unit of work without saving: they are written by the same save as the
    /// change that caused them (a domain event handler calls this), or not at all.
    /// </summary>
    Task AddAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}
