using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// Production state store: a Redis hash per key holding the JSON and its ETag; a Lua script
/// compares and sets atomically, so two processes can never overwrite each other silently.
/// </summary>
public sealed class RedisStateStore(IDatabase redis) : IStateStore
{
    private const string CompareAndSet = """
        local current = redis.call('HGET', KEYS[1], 'etag')
        if ARGV[1] == '' then
            if current then return false end
        elseif current ~= ARGV[1] then
            return false
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'json', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return ARGV[3]
        """;

    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var values = await redis.HashGetAsync(key, ["json", "etag"]).ConfigureAwait(false);
        return values[0].IsNull || values[1].IsNull ? null : new StateEntry(values[0].ToString(), values[1].ToString());
    }

    public async Task<string?> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var etag = Guid.NewGuid().ToString("N");
        var result = await redis.ScriptEvaluateAsync(
            CompareAndSet,
            [key],
            [expectedETag ?? string.Empty, json, etag, (long)timeToLive.TotalMilliseconds]).ConfigureAwait(false);
        return result.IsNull ? null : etag;
    }
}
