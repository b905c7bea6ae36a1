namespace BuildingBot.Community.Queueing;

/// <summary>
/// Wakes this process's workers of one queue when something was queued, instead of waiting for their next poll.
/// Every waiter wakes; notifying twice, or from many threads at once, is harmless.
/// </summary>
public sealed class QueueSignal<TItem>
    where TItem : class, IQueueItem
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>; take it before looking for work, so a notification in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
