using BuildingBot.Dialogs.State;
using BuildingBot.TestSupport;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace BuildingBot.Dialogs.Tests.State;

public sealed class StateStoreTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch.AddYears(56));
    private ConnectionMultiplexer? _redis;

    public static TheoryData<string> Stores => ["memory", "redis"];

    public async Task InitializeAsync()
    {
        // Patient settings: on a busy two-core CI machine a first connect can take longer than the default 5 s.
        var options = ConfigurationOptions.Parse(TestServers.RedisConnectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 15_000;
        options.ConnectRetry = 5;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private IStateStore Create(string kind) => kind == "redis" ? new RedisStateStore(_redis!.GetDatabase()) : new InMemoryStateStore(_clock);

    private static string Key() => $"test:state:{Guid.NewGuid():N}";

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Write_CreatesTheDocument_WhenNoneExists(string kind)
    {
        var store = Create(kind);
        var key = Key();

        var etag = await store.WriteAsync(key, "{\"a\":1}", null, TimeSpan.FromMinutes(1), default);

        Assert.NotNull(etag);
        Assert.Equal(new StateEntry("{\"a\":1}", etag), await store.ReadAsync(key, default));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Write_FailsAndChangesNothing_WhenTheETagIsStale(string kind)
    {
        var store = Create(kind);
        var key = Key();
        var first = await store.WriteAsync(key, "1", null, TimeSpan.FromMinutes(1), default);
        var second = await store.WriteAsync(key, "2", first, TimeSpan.FromMinutes(1), default);

        var stale = await store.WriteAsync(key, "3", first, TimeSpan.FromMinutes(1), default);
        var missing = await store.WriteAsync(key, "4", null, TimeSpan.FromMinutes(1), default);

        Assert.Null(stale);
        Assert.Null(missing);
        Assert.Equal(new StateEntry("2", second!), await store.ReadAsync(key, default));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Write_LetsExactlyOneOfManyConcurrentWritersWin(string kind)
    {
        var store = Create(kind);
        var key = Key();
        var start = await store.WriteAsync(key, "0", null, TimeSpan.FromMinutes(1), default);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            Task.Run(() => store.WriteAsync(key, i.ToString(System.Globalization.CultureInfo.InvariantCulture), start, TimeSpan.FromMinutes(1), default))));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task Read_ReturnsNothing_AfterTheTimeToLive()
    {
        var store = Create("memory");
        var key = Key();
        await store.WriteAsync(key, "1", null, TimeSpan.FromMinutes(1), default);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await store.ReadAsync(key, default));
    }
}
