using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>Production limiter shared by every process: a sorted set of timestamps per key, trimmed and checked in one Lua call.</summary>
public sealed class RedisSlidingWindowLimiter(IDatabase redis, TimeProvider clock) : ISlidingWindowLimiter
{
    private const string Script = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local limit = tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local count = redis.call('ZCARD', KEYS[1])
        if count >= limit then
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return {0, count, tonumber(oldest[2]) + window - now}
        end
        redis.call('ZADD', KEYS[1], now, ARGV[4])
        redis.call('PEXPIRE', KEYS[1], window)
        return {1, count + 1, 0}
        """;

    public async Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var result = (RedisResult[])(await redis.ScriptEvaluateAsync(
            Script,
            [$"bb:rate:{key}"],
            [now, (long)window.TotalMilliseconds, limit, $"{now}-{Guid.NewGuid():N}"]).ConfigureAwait(false))!;
        return new RateDecision((int)result[0] == 1, (int)result[1], TimeSpan.FromMilliseconds((long)result[2]));
    }
}
