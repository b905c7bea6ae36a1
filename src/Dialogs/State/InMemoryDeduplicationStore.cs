using System.Collections.Concurrent;

namespace BuildingBot.Dialogs.State;

/// <summary>The embedded mode's de-duplication: one process, atomic per key.</summary>
public sealed class InMemoryDeduplicationStore(TimeProvider clock) : IDeduplicationStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _keys = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    public Task<bool> TryBeginAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextSweepTicks, (now + TimeSpan.FromMinutes(5)).UtcTicks, due) == due)
        {
            // Expired keys are swept every few minutes, so memory follows the traffic of the last day.
            foreach (var expired in _keys.Where(k => k.Value <= now).Select(k => k.Key).ToList())
            {
                _keys.TryRemove(expired, out _);
            }
        }

        var claimed = false;
        _keys.AddOrUpdate(
            key,
            _ =>
            {
                claimed = true;
                return now + DeduplicationWindows.Processing;
            },
            (_, expires) =>
            {
                claimed = expires <= now;
                return claimed ? now + DeduplicationWindows.Processing : expires;
            });
        return Task.FromResult(claimed);
    }

    public Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        _keys[key] = clock.GetUtcNow() + DeduplicationWindows.Done;
        return Task.CompletedTask;
    }

    public Task AbandonAsync(string key, CancellationToken cancellationToken)
    {
        _keys.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
