using StackExchange.Redis;

namespace BuildingBot.WeCom.Api;

/// <summary>
/// Production token cache shared by every process: the token lives in Redis until shortly before it
/// expires; a refresh takes a short Redis lock, so one process calls gettoken and the others wait for its result.
/// </summary>
public sealed class RedisAccessTokenCache(IDatabase redis) : IAccessTokenCache
{
    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(15);

    public async Task<string> GetAsync(
        string key, Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, string? staleToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var database = redis;
        var tokenKey = $"bb:wecom:token:{key}";
        var lockKey = $"{tokenKey}:refresh";
        var deadline = DateTime.UtcNow + LockLease;
        while (true)
        {
            var cached = await database.StringGetAsync(tokenKey).ConfigureAwait(false);
            if (cached.HasValue && cached.ToString() != staleToken)
            {
                return cached.ToString();
            }

            var holder = Guid.NewGuid().ToString("N");
            if (await database.StringSetAsync(lockKey, holder, LockLease, When.NotExists).ConfigureAwait(false))
            {
                try
                {
                    cached = await database.StringGetAsync(tokenKey).ConfigureAwait(false);
                    if (cached.HasValue && cached.ToString() != staleToken)
                    {
                        return cached.ToString();
                    }

                    var (token, lifetime) = await fetch(cancellationToken).ConfigureAwait(false);
                    await database.StringSetAsync(tokenKey, token, AccessTokenLifetime.RefreshBefore(lifetime)).ConfigureAwait(false);
                    return token;
                }
                finally
                {
                    await database.ScriptEvaluateAsync(
                        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
                        [lockKey], [holder]).ConfigureAwait(false);
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Another process is refreshing the WeCom access token and has not finished");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }
}
