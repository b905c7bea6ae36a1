namespace BuildingBot.Dialogs.State;

/// <summary>The embedded mode's limiter: a queue of timestamps per key.</summary>
public sealed class InMemorySlidingWindowLimiter(TimeProvider clock) : ISlidingWindowLimiter
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_events.TryGetValue(key, out var events))
            {
                events = new Queue<DateTimeOffset>();
                _events[key] = events;
            }

            while (events.Count > 0 && events.Peek() <= now - window)
            {
                events.Dequeue();
            }

            if (events.Count >= limit)
            {
                return Task.FromResult(new RateDecision(false, events.Count, events.Peek() + window - now));
            }

            events.Enqueue(now);
            return Task.FromResult(new RateDecision(true, events.Count, TimeSpan.Zero));
        }
    }
}
