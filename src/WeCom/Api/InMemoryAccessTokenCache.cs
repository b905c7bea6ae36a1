using System.Collections.Concurrent;

namespace BuildingBot.WeCom.Api;

/// <summary>The embedded mode's token cache: one fetch at a time per key, tokens kept until five minutes before expiry.</summary>
public sealed class InMemoryAccessTokenCache(TimeProvider clock) : IAccessTokenCache, IDisposable
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RefreshAt)> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetching = new(1, 1);

    public async Task<string> GetAsync(
        string key, Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, string? staleToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (Fresh(key, staleToken) is { } cached)
        {
            return cached;
        }

        await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(key, staleToken) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var (token, lifetime) = await fetch(cancellationToken).ConfigureAwait(false);
            _tokens[key] = (token, clock.GetUtcNow() + AccessTokenLifetime.RefreshBefore(lifetime));
            return token;
        }
        finally
        {
            _fetching.Release();
        }
    }

    public void Dispose() => _fetching.Dispose();

    private string? Fresh(string key, string? staleToken) =>
        _tokens.TryGetValue(key, out var entry) && entry.RefreshAt > clock.GetUtcNow() && entry.Token != staleToken ? entry.Token : null;
}
