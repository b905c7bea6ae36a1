using BuildingBot.WeCom.Api;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.WeCom.Tests.Api;

public sealed class InMemoryAccessTokenCacheTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAccessTokenCache _cache;
    private int _fetches;

    public InMemoryAccessTokenCacheTests() => _cache = new InMemoryAccessTokenCache(_clock);

    public void Dispose() => _cache.Dispose();

    private async Task<(string, TimeSpan)> FetchAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(20, cancellationToken);
        return ($"token-{Interlocked.Increment(ref _fetches)}", TimeSpan.FromSeconds(7200));
    }

    [Fact]
    public async Task Get_ReusesTheToken_UntilFiveMinutesBeforeItExpires()
    {
        var first = await _cache.GetAsync("corp:1", FetchAsync, null, default);
        _clock.Advance(TimeSpan.FromSeconds(7200 - 301));
        var reused = await _cache.GetAsync("corp:1", FetchAsync, null, default);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var refreshed = await _cache.GetAsync("corp:1", FetchAsync, null, default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", reused);
        Assert.Equal("token-2", refreshed);
    }

    [Fact]
    public async Task Get_FetchesANewToken_WhenTheCachedOneWasRefused()
    {
        var first = await _cache.GetAsync("corp:1", FetchAsync, null, default);

        var second = await _cache.GetAsync("corp:1", FetchAsync, first, default);
        var third = await _cache.GetAsync("corp:1", FetchAsync, first, default);

        Assert.Equal("token-2", second);
        Assert.Equal("token-2", third);
    }

    [Fact]
    public async Task Get_FetchesOnce_WhenManyCallersAskTogether()
    {
        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _cache.GetAsync("corp:1", FetchAsync, null, default))));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _fetches);
    }
}
