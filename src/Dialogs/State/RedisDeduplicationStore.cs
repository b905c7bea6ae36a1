using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>Production de-duplication: SET NX in Redis, so two processes receiving the same retry agree.</summary>
public sealed class RedisDeduplicationStore(IDatabase redis) : IDeduplicationStore
{
    private static RedisKey Key(string key) => $"bb:dedup:{key}";

    public Task<bool> TryBeginAsync(string key, CancellationToken cancellationToken) =>
        redis.StringSetAsync(Key(key), "processing", DeduplicationWindows.Processing, When.NotExists);

    public Task CompleteAsync(string key, CancellationToken cancellationToken) =>
        redis.StringSetAsync(Key(key), "done", DeduplicationWindows.Done);

    public Task AbandonAsync(string key, CancellationToken cancellationToken) => redis.KeyDeleteAsync(Key(key));
}
