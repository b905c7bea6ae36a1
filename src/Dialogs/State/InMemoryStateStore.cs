using System.Collections.Concurrent;

namespace BuildingBot.Dialogs.State;

/// <summary>The embedded mode's state store: one process, compare-and-set under a lock per key.</summary>
public sealed class InMemoryStateStore(TimeProvider clock) : IStateStore
{
    private readonly ConcurrentDictionary<string, (StateEntry Entry, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var found = _entries.TryGetValue(key, out var item) && item.Expires > clock.GetUtcNow() ? item.Entry : null;
        return Task.FromResult(found);
    }

    public Task<string?> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            var now = clock.GetUtcNow();
            var current = _entries.TryGetValue(key, out var item) && item.Expires > now ? item.Entry.ETag : null;
            if (!string.Equals(current, expectedETag, StringComparison.Ordinal))
            {
                return Task.FromResult<string?>(null);
            }

            var etag = Guid.NewGuid().ToString("N");
            _entries[key] = (new StateEntry(json, etag), now + timeToLive);
            return Task.FromResult<string?>(etag);
        }
    }
}
