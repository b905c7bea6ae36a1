using System.Diagnostics;
using BuildingBot.Dialogs.State;
using BuildingBot.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace BuildingBot.Dialogs.Tests.State;

/// <summary>The turn lock against a Redis of the test's own, which the tests stop, start and pause.</summary>
public sealed class RedisTurnLockTests : IAsyncLifetime
{
    private OwnRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await OwnRedis.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    /// <summary>Short timeouts, so an unanswered command fails in a fraction of the lock's wait.</summary>
    private async Task<ConnectionMultiplexer> ConnectAsync(bool allowAdmin = false)
    {
        var options = ConfigurationOptions.Parse(_redis.ConnectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        options.AsyncTimeout = 300;
        options.SyncTimeout = 300;
        options.AllowAdmin = allowAdmin;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    private static RedisTurnLock Lock(ConnectionMultiplexer redis) => new(redis.GetDatabase(), NullLogger<RedisTurnLock>.Instance);

    private static string Key() => $"lock:test:{Guid.NewGuid():N}";

    [Fact]
    public async Task Acquire_TakesTheLock_WhenRedisComesBackWithinTheTimeout()
    {
        await _redis.StopAsync();
        await using var redis = await ConnectAsync();
        var key = Key();

        var outage = new FirstWarning();

        var acquiring = new RedisTurnLock(redis.GetDatabase(), outage).AcquireAsync(key, TimeSpan.FromSeconds(30), default);
        await outage.Logged.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(acquiring.IsCompleted);
        await _redis.StartAgainAsync();
        var held = await acquiring;

        Assert.True(await redis.GetDatabase().KeyExistsAsync(key));
        await held.DisposeAsync();
        Assert.False(await redis.GetDatabase().KeyExistsAsync(key));
    }

    [Fact]
    public async Task Acquire_HoldsTheLock_WhenASetThatTimedOutWasAppliedAfterAll()
    {
        await using var redis = await ConnectAsync();
        await using var admin = await ConnectAsync(allowAdmin: true);
        var key = Key();
        // The server holds every command for 1.5 s: the first SET times out in the client, then runs and takes the key.
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "1500", "ALL");
        var watch = Stopwatch.StartNew();

        var held = await Lock(redis).AcquireAsync(key, TimeSpan.FromSeconds(5), default);

        // Taken well inside the lease (10 s): the lock saw its own token instead of waiting for the lease to end.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), RedisTurnLock.Lease);
        await held.DisposeAsync();
        Assert.False(await redis.GetDatabase().KeyExistsAsync(key));
    }

    [Fact]
    public async Task Acquire_ThrowsTimeout_WhenAnotherHolderKeepsTheLock()
    {
        await using var redis = await ConnectAsync();
        var key = Key();
        await using var first = await Lock(redis).AcquireAsync(key, TimeSpan.FromSeconds(5), default);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => Lock(redis).AcquireAsync(key, TimeSpan.FromMilliseconds(300), default));

        Assert.Contains("stayed taken", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_ReturnsQuietly_WhenRedisIsGone()
    {
        await using var redis = await ConnectAsync();
        var held = await Lock(redis).AcquireAsync(Key(), TimeSpan.FromSeconds(5), default);
        await _redis.StopAsync();

        // The turn behind the lock is saved; the lease frees the key.
        await held.DisposeAsync();
    }

    /// <summary>Completes when the lock logs its first warning: it has met the outage and is waiting it out.</summary>
    private sealed class FirstWarning : ILogger<RedisTurnLock>
    {
        public TaskCompletionSource Logged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Logged.TrySetResult();
            }
        }
    }
}
