using System.Diagnostics;
using System.Net;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using Xunit.Abstractions;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// PostgreSQL, and separately Redis, restarted while a production BotHost takes a burst of signed smart-bot callbacks.
/// Each test runs its own servers (<see cref="OwnPostgres"/>, <see cref="OwnRedis"/>), so a restart disturbs no other
/// test. The callbacks refused meanwhile are retried as WeCom retries them; afterwards every message must be handled
/// once and answered once, nothing dead-lettered, no callback answered 500 (503 while storage is down), the same process
/// must have recovered by itself, and /readyz must have said "not ready" (503) while the server was down and "ready"
/// again after.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsRunAlone.Name)]
public sealed class ServerRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>How long a server stays down at least: long enough for the burst and the workers to run into it.</summary>
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(3);

    private FakeWeCom _weCom = null!;
    private OwnPostgres _postgres = null!;
    private OwnRedis _redis = null!;

    public async Task InitializeAsync()
    {
        _weCom = await FakeWeCom.StartAsync();
        _postgres = await OwnPostgres.StartAsync();
        _redis = await OwnRedis.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _weCom.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public Task PostgresRestart_DuringABurst_LosesAndDuplicatesNothing_AndReadinessFollows() =>
        RestartDuringBurstAsync("PostgreSQL", _postgres.StopAsync, _postgres.StartAgainAsync);

    [Fact]
    public Task RedisRestart_DuringABurst_LosesAndDuplicatesNothing_AndReadinessFollows() =>
        RestartDuringBurstAsync("Redis", _redis.StopAsync, _redis.StartAgainAsync);

    private async Task RestartDuringBurstAsync(string server, Func<Task> stop, Func<Task> start)
    {
        var count = FaultScale.Messages;
        await using var node = await RunningBotHost.StartAsync(FaultRun.Environment(_postgres.ConnectionString, _redis.ConnectionString, _weCom.Address));
        var burst = new WeComBurst(new WeComCrypto(FaultRun.Token, FaultRun.AesKey, string.Empty), _weCom.Address);
        var clock = Stopwatch.StartNew();
        Task<Outage>? restart = null;

        await burst.SendAsync([node], count, acknowledged =>
        {
            if (acknowledged == count / 4)
            {
                restart = RestartAsync(node, stop, start, clock);
            }

            return Task.CompletedTask;
        });
        var sentAt = clock.Elapsed;
        var outage = await restart!;
        var drained = await FaultRun.WaitUntilAsync(async () => await FaultRun.PendingAsync(_postgres.ConnectionString) == 0, TimeSpan.FromMinutes(3));
        var finishedAt = clock.Elapsed;

        var replies = FaultRun.Replies(_weCom);
        var lost = Enumerable.Range(0, count).Count(i => !replies.ContainsKey(WeComBurst.Person(i)));
        var duplicated = replies.Values.Count(n => n > 1);
        var (handled, dead) = await FaultRun.InboxAsync(_postgres.ConnectionString);
        output.WriteLine(
            $"{server} restarted during a burst: sent {count}, acknowledged {burst.Acknowledged} " +
            $"(refused meanwhile: {string.Join(", ", burst.Refusals.Select(r => $"{r.Value} × {r.Key}"))}), handled {handled}, delivered {replies.Count}, " +
            $"duplicated {duplicated}, lost {lost}, dead-lettered {dead}; stopped at {outage.StoppedAt.TotalSeconds:F1} s, " +
            $"/readyz 503 at {Seconds(outage.NotReadyAt)}, back at {outage.BackAt.TotalSeconds:F1} s, /readyz 200 at {Seconds(outage.ReadyAt)}; " +
            $"burst {sentAt.TotalSeconds:F1} s, backlog done at {finishedAt.TotalSeconds:F1} s; host error entries {node.ErrorEntries}");
        foreach (var entry in FaultRun.ErrorDigest(node).Take(8))
        {
            output.WriteLine($"host error: {entry}");
        }

        Assert.True(drained, "the backlog did not drain within 3 minutes");
        Assert.True(node.IsRunning, "the host did not survive the restart");
        Assert.True(outage.NotReadyAt is not null, "/readyz never said 503 while the server was down");
        Assert.True(outage.ReadyAt is not null, "/readyz did not say 200 again after the server came back");
        Assert.False(burst.Refusals.ContainsKey(500), "callbacks were answered 500 while the server was down (503 is the answer)");
        Assert.Equal(count, burst.Acknowledged);
        Assert.Equal(count, handled);
        Assert.Equal(0, dead);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
    }

    /// <summary>Stops the server, watches /readyz turn 503, keeps it down for <see cref="Down"/>, starts it, watches /readyz turn 200.</summary>
    private static async Task<Outage> RestartAsync(RunningBotHost node, Func<Task> stop, Func<Task> start, Stopwatch clock)
    {
        await Task.Yield();
        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(5) };
        await stop();
        var stoppedAt = clock.Elapsed;
        var notReady = await ReadyzAsync(http, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30)) ? clock.Elapsed : (TimeSpan?)null;
        var remaining = Down - (clock.Elapsed - stoppedAt);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        await start();
        var backAt = clock.Elapsed;
        var ready = await ReadyzAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(60)) ? clock.Elapsed : (TimeSpan?)null;
        return new Outage(stoppedAt, notReady, backAt, ready);
    }

    private static Task<bool> ReadyzAsync(HttpClient http, HttpStatusCode expected, TimeSpan timeout) => FaultRun.WaitUntilAsync(async () =>
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
            return response.StatusCode == expected;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }, timeout);

    private static string Seconds(TimeSpan? at) => at is { } value ? $"{value.TotalSeconds:F1} s" : "never";

    private sealed record Outage(TimeSpan StoppedAt, TimeSpan? NotReadyAt, TimeSpan BackAt, TimeSpan? ReadyAt);
}
