namespace BuildingBot.Community.Queueing;

/// <summary>Handles one claimed item of a durable queue; called in its own DI scope.</summary>
public interface IQueueHandler<in TItem>
    where TItem : class, IQueueItem
{
    /// <param name="item">The claimed row (not tracked).</param>
    /// <param name="lastAttempt">True when a failure now dead-letters the item: the handler may answer differently (e.g. tell the person).</param>
    Task<QueueOutcome> HandleAsync(TItem item, bool lastAttempt, CancellationToken cancellationToken);
}
