using StackExchange.Redis;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// The smart bot's response_url per activity: usable once within an hour, so it is taken (read and
/// deleted) by the first reply. Redis in production (GETDEL), memory in the embedded mode.
/// </summary>
internal sealed class ResponseUrlStore(IServiceProvider services, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(55);
    private readonly Dictionary<string, (string Url, DateTimeOffset Expires)> _memory = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly IDatabase? _redis = services.GetService<IDatabase>();

    public async Task PutAsync(string activityId, string url)
    {
        if (_redis is { } redis)
        {
            await redis.StringSetAsync($"bb:wecom:response-url:{activityId}", url, Lifetime);
            return;
        }

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _memory.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _memory.Remove(expired);
            }

            _memory[activityId] = (url, now + Lifetime);
        }
    }

    public async Task<string?> TakeAsync(string activityId)
    {
        if (_redis is { } redis)
        {
            var value = await redis.StringGetDeleteAsync($"bb:wecom:response-url:{activityId}");
            return value.HasValue ? value.ToString() : null;
        }

        lock (_gate)
        {
            return _memory.Remove(activityId, out var entry) && entry.Expires > clock.GetUtcNow() ? entry.Url : null;
        }
    }
}
