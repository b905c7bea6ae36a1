using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// Production turn lock shared by every process: SET NX with a lease and a random token, released
/// only by its holder (compare-and-delete), so a crashed process frees the lock when the lease ends.
/// </summary>
public sealed class RedisTurnLock(IDatabase redis) : ITurnLock
{
    /// <summary>
    /// A turn that takes longer than this loses its lock (its state is still saved by ETag, so a late save reruns it);
    /// turns take milliseconds. Short, so the lock of a process that died mid-turn frees itself before the inbound
    /// queue's lease (15 s) hands that turn to another process.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public async Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var database = redis;
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(5);
        while (!await database.StringSetAsync(key, token, Lease, When.NotExists).ConfigureAwait(false))
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Turn lock {key} stayed taken for {timeout.TotalSeconds:F0} s");
            }

            await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(5)), cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 100));
        }

        return new Releaser(database, key, token);
    }

    private sealed class Releaser(IDatabase database, string key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await database.ScriptEvaluateAsync(ReleaseScript, [key], [token]).ConfigureAwait(false);
    }
}
