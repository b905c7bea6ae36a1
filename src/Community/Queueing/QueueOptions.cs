namespace BuildingBot.Community.Queueing;

/// <summary>One durable queue's settings (configured per queue: <c>Queues:Inbox</c>, <c>Queues:Outbox</c>).</summary>
public sealed class QueueOptions
{
    /// <summary>After this many failed attempts an item is dead-lettered, whatever the failure was.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Items one worker claims at once.</summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>Workers per process, each claiming and handling its own batches; 0 makes a process that only queues (others handle).</summary>
    public int Workers { get; set; } = 4;

    /// <summary>
    /// Items of one claim handled at once (they belong to different targets, so each target's order holds): up to
    /// <see cref="Workers"/> × this many handlers run at a time per process.
    /// </summary>
    public int Parallelism { get; set; } = 1;

    /// <summary>How long a claim holds; renewed every third of it while the worker is busy, so a crashed worker's items are retaken within it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an idle worker looks for work queued by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One item taking longer is abandoned as a failed attempt.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Backoff before attempt <paramref name="attempts"/> + 1: exponential, capped, with ±20% jitter.</summary>
    public TimeSpan Backoff(int attempts, double random)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * random)));
    }
}
