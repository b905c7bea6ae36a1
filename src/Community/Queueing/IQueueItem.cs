namespace BuildingBot.Community.Queueing;

/// <summary>
/// The columns every durable queue's rows share, so one <see cref="QueueStore{TItem}"/> serves the inbox and the
/// outbox: a state, a target whose items are handled in order, attempts with backoff, and a lease.
/// </summary>
public interface IQueueItem
{
    long Id { get; }

    /// <summary>Items with the same target are handled one at a time, oldest first (a conversation, a recipient).</summary>
    string TargetKey { get; }

    QueueState State { get; set; }

    int Attempts { get; set; }

    DateTimeOffset CreatedAt { get; }

    /// <summary>Not handled before this time (backoff, a rate limit).</summary>
    DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker holds the item until then, renewing it while it works; after a crash another takes it.</summary>
    DateTimeOffset? LockedUntil { get; set; }

    /// <summary>
    /// Whose lease it is (a concurrency token): the worker's final update names the token it claimed with and
    /// changes nothing when another worker has taken the item over since.
    /// </summary>
    Guid? LeaseToken { get; set; }

    /// <summary>Why the last attempt failed, in English, without secrets or personal details.</summary>
    string? LastError { get; set; }
}
