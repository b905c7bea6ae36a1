namespace BuildingBot.Community.Queueing;

/// <summary>What a handler did with one item.</summary>
public sealed record QueueOutcome
{
    private QueueOutcome(QueueOutcomeKind kind, string? error, DateTimeOffset? notBefore)
    {
        Kind = kind;
        Error = error;
        NotBefore = notBefore;
    }

    public QueueOutcomeKind Kind { get; }

    public string? Error { get; }

    /// <summary>For a retry or a deferral: not again before this time.</summary>
    public DateTimeOffset? NotBefore { get; }

    public static QueueOutcome Done { get; } = new(QueueOutcomeKind.Done, null, null);

    /// <summary>Failed for now: counts an attempt; retried with backoff (or later, if <paramref name="notBefore"/> says so), dead-lettered after the last.</summary>
    public static QueueOutcome Retry(string error, DateTimeOffset? notBefore = null) => new(QueueOutcomeKind.Retry, error, notBefore);

    /// <summary>Can never succeed: dead-lettered now.</summary>
    public static QueueOutcome Permanent(string error) => new(QueueOutcomeKind.Permanent, error, null);

    /// <summary>
    /// Has no destination, through no fault of the system (input named a place nothing reaches): dead-lettered now,
    /// logged as a warning so that error-level entries keep meaning faults.
    /// </summary>
    public static QueueOutcome Undeliverable(string error) => new(QueueOutcomeKind.Undeliverable, error, null);

    /// <summary>Not tried (a rate limit held it back): no attempt is counted.</summary>
    public static QueueOutcome Defer(DateTimeOffset notBefore) => new(QueueOutcomeKind.Deferred, null, notBefore);
}
