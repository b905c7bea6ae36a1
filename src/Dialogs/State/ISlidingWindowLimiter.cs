namespace BuildingBot.Dialogs.State;

/// <summary>
/// At most N events per key in any window of the given length (a sliding log, not fixed
/// buckets, so a burst across a minute boundary cannot double the limit).
/// </summary>
public interface ISlidingWindowLimiter
{
    /// <summary>Records the event when it fits; a refused event is not recorded.</summary>
    Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);
}
