namespace BuildingBot.Dialogs.State;

/// <summary>The embedded mode's turn lock: a semaphore per key, removed when nobody holds or waits for it.</summary>
public sealed class InProcessTurnLock : ITurnLock
{
    private readonly Dictionary<string, (SemaphoreSlim Semaphore, int Users)> _locks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        SemaphoreSlim semaphore;
        lock (_gate)
        {
            var entry = _locks.TryGetValue(key, out var found) ? found : (new SemaphoreSlim(1, 1), 0);
            _locks[key] = (entry.Item1, entry.Item2 + 1);
            semaphore = entry.Item1;
        }

        try
        {
            if (!await semaphore.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
            {
                throw new TimeoutException($"Turn lock {key} stayed taken for {timeout.TotalSeconds:F0} s");
            }
        }
        catch
        {
            Leave(key);
            throw;
        }

        return new Releaser(this, key, semaphore);
    }

    private void Leave(string key)
    {
        lock (_gate)
        {
            var (semaphore, users) = _locks[key];
            if (users == 1)
            {
                _locks.Remove(key);
                semaphore.Dispose();
            }
            else
            {
                _locks[key] = (semaphore, users - 1);
            }
        }
    }

    private sealed class Releaser(InProcessTurnLock owner, string key, SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
                owner.Leave(key);
            }

            return ValueTask.CompletedTask;
        }
    }
}
