using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// Production turn lock shared by every process: SET NX with a lease and a random token, released
/// only by its holder (compare-and-delete), so a crashed process frees the lock when the lease ends.
/// </summary>
/// <remarks>
/// A Redis that is briefly out of reach (a restart, a failover, a first connection still being made) is waited out
/// until the caller's timeout, as a taken lock is. A SET that timed out may still have been applied, so after such an
/// error a refused SET checks whether the key already holds this attempt's token.
/// </remarks>
public sealed partial class RedisTurnLock(IDatabase redis, ILogger<RedisTurnLock> logger) : ITurnLock
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
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(5);
        Exception? unreachable = null;
        while (!await TrySetAsync().ConfigureAwait(false))
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw unreachable is null
                    ? new TimeoutException($"Turn lock {key} stayed taken for {timeout.TotalSeconds:F0} s")
                    : new TimeoutException($"Turn lock {key}: Redis stayed out of reach for {timeout.TotalSeconds:F0} s", unreachable);
            }

            await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(5)), cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 100));
        }

        return new Releaser(redis, key, token, logger);

        // After an error, a refused SET may be our own earlier one that the server applied: the key then holds our token.
        async Task<bool> TrySetAsync()
        {
            try
            {
                return await redis.StringSetAsync(key, token, Lease, When.NotExists).ConfigureAwait(false)
                    || (unreachable is not null && await redis.StringGetAsync(key).ConfigureAwait(false) == token);
            }
            catch (Exception exception) when (IsUnreachable(exception))
            {
                if (unreachable is null)
                {
                    LogUnreachable(logger, exception.GetType().Name, key);
                }

                unreachable = exception;
                return false;
            }
        }
    }

    /// <summary>RedisTimeoutException is a TimeoutException, not a RedisException: an outage shows up as either.</summary>
    private static bool IsUnreachable(Exception exception) => exception is RedisConnectionException or RedisTimeoutException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis out of reach ({Error}) while taking turn lock {Key}; retrying until the lock's timeout")]
    private static partial void LogUnreachable(ILogger logger, string error, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis out of reach ({Error}) while releasing turn lock {Key}; its lease frees it")]
    private static partial void LogReleaseFailed(ILogger logger, string error, string key);

    private sealed class Releaser(IDatabase database, string key, string token, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await database.ScriptEvaluateAsync(ReleaseScript, [key], [token]).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsUnreachable(exception))
            {
                // The turn is done and saved: failing it now would only make the queue run it again.
                LogReleaseFailed(logger, exception.GetType().Name, key);
            }
        }
    }
}
