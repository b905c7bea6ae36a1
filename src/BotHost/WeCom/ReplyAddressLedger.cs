using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Which outbox message used a smart bot's response_url (usable once, within an hour), and how it went: kept until a
/// definitive answer, so a retry of the same message knows whether it was sent, whether it is in doubt (a crash or a
/// timeout: fall back), whether an attempt was cut off mid-send by a crash (send through the same address again, which
/// WeCom takes only once), or whether the address is free again (the connection was refused: nothing was sent). Redis in production, memory in the embedded mode; only a
/// hash of the address is stored.
/// </summary>
internal sealed class ReplyAddressLedger(IServiceProvider services, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(65);
    private readonly Dictionary<string, (string Value, DateTimeOffset Expires)> _memory = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly IDatabase? _redis = services.GetService<IDatabase>();

    /// <summary>Claims the address for <paramref name="messageKey"/>, or says who had it.</summary>
    public async Task<ReplyAddressUse> BeginAsync(string url, string messageKey)
    {
        var key = Key(url);
        var sending = $"sending|{messageKey}";
        string? current;
        if (_redis is { } redis)
        {
            if (await redis.StringSetAsync(key, sending, Lifetime, When.NotExists))
            {
                return ReplyAddressUse.Claimed;
            }

            current = await redis.StringGetAsync(key);
        }
        else
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (!_memory.TryGetValue(key, out var entry) || entry.Expires <= now)
                {
                    _memory[key] = (sending, now + Lifetime);
                    return ReplyAddressUse.Claimed;
                }

                current = entry.Value;
            }
        }

        return current == $"sent|{messageKey}" ? ReplyAddressUse.SentBefore
            : current == sending ? ReplyAddressUse.Interrupted
            : current == $"doubt|{messageKey}" ? ReplyAddressUse.InDoubt
            : ReplyAddressUse.UsedByAnother;
    }

    /// <summary>Whether the address is free for <paramref name="messageKey"/> (unused, or sent by it before), without claiming it.</summary>
    public async Task<bool> IsFreeForAsync(string url, string messageKey)
    {
        string? current;
        if (_redis is { } redis)
        {
            current = await redis.StringGetAsync(Key(url));
        }
        else
        {
            lock (_gate)
            {
                current = _memory.TryGetValue(Key(url), out var entry) && entry.Expires > clock.GetUtcNow() ? entry.Value : null;
            }
        }

        return current is null || current == $"sent|{messageKey}" || current == $"sending|{messageKey}";
    }

    public Task SentAsync(string url, string messageKey) => SetAsync(url, $"sent|{messageKey}");

    /// <summary>The attempt ended without an answer: the address is not used again for this message.</summary>
    public Task InDoubtAsync(string url, string messageKey) => SetAsync(url, $"doubt|{messageKey}");

    /// <summary>Nothing reached WeCom: the address may be used again.</summary>
    public async Task ReleaseAsync(string url)
    {
        if (_redis is { } redis)
        {
            await redis.KeyDeleteAsync(Key(url));
            return;
        }

        lock (_gate)
        {
            _memory.Remove(Key(url));
        }
    }

    private async Task SetAsync(string url, string value)
    {
        if (_redis is { } redis)
        {
            await redis.StringSetAsync(Key(url), value, Lifetime);
            return;
        }

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _memory.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _memory.Remove(expired);
            }

            _memory[Key(url)] = (value, now + Lifetime);
        }
    }

    private static string Key(string url) => $"bb:wecom:reply:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}";
}
