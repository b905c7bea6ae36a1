using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// Production state store: a Redis hash per key holding the JSON and its ETag; one Lua script compares every ETag
/// and then sets every document, atomically, so two processes can never overwrite each other silently and a turn's
/// documents are saved together or not at all. (On a Redis Cluster the keys of one write would need one hash slot.)
/// </summary>
public sealed class RedisStateStore(IDatabase redis) : IStateStore
{
    private const string CompareAndSetAll = """
        local n = #KEYS
        for i = 1, n do
            local current = redis.call('HGET', KEYS[i], 'etag')
            local expected = ARGV[(i - 1) * 3 + 1]
            if expected == '' then
                if current then return false end
            elseif current ~= expected then
                return false
            end
        end
        for i = 1, n do
            redis.call('HSET', KEYS[i], 'etag', ARGV[(i - 1) * 3 + 3], 'json', ARGV[(i - 1) * 3 + 2])
            redis.call('PEXPIRE', KEYS[i], ARGV[n * 3 + 1])
        end
        return 1
        """;

    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var values = await redis.HashGetAsync(key, ["json", "etag"]).ConfigureAwait(false);
        return values[0].IsNull || values[1].IsNull ? null : new StateEntry(values[0].ToString(), values[1].ToString());
    }

    public async Task<IReadOnlyList<string>?> WriteAsync(IReadOnlyList<StateWrite> writes, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        var etags = writes.Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var arguments = writes.SelectMany((w, i) => new RedisValue[] { w.ExpectedETag ?? string.Empty, w.Json, etags[i] })
            .Append((long)timeToLive.TotalMilliseconds).ToArray();
        var result = await redis.ScriptEvaluateAsync(CompareAndSetAll, writes.Select(w => (RedisKey)w.Key).ToArray(), arguments).ConfigureAwait(false);
        return result.IsNull ? null : etags;
    }
}
