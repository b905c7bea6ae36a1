using System.Collections.Concurrent;

namespace BuildingBot.Dialogs.State;

/// <summary>The embedded mode's state store: one process, compare-and-set of all a write's documents under one lock.</summary>
public sealed class InMemoryStateStore(TimeProvider clock) : IStateStore
{
    private readonly ConcurrentDictionary<string, (StateEntry Entry, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var found = _entries.TryGetValue(key, out var item) && item.Expires > clock.GetUtcNow() ? item.Entry : null;
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<string>?> WriteAsync(IReadOnlyList<StateWrite> writes, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (_writeLock)
        {
            var now = clock.GetUtcNow();
            foreach (var write in writes)
            {
                var current = _entries.TryGetValue(write.Key, out var item) && item.Expires > now ? item.Entry.ETag : null;
                if (!string.Equals(current, write.ExpectedETag, StringComparison.Ordinal))
                {
                    return Task.FromResult<IReadOnlyList<string>?>(null);
                }
            }

            var etags = new List<string>(writes.Count);
            foreach (var write in writes)
            {
                var etag = Guid.NewGuid().ToString("N");
                _entries[write.Key] = (new StateEntry(write.Json, etag), now + timeToLive);
                etags.Add(etag);
            }

            return Task.FromResult<IReadOnlyList<string>?>(etags);
        }
    }
}
