using System.Diagnostics;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using Xunit.Abstractions;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Fault injection with real processes: two production BotHost nodes on one PostgreSQL and one Redis, a burst of signed
/// smart-bot callbacks, and one node killed with SIGKILL at a chosen moment. Every acknowledged message must be handled
/// once and answered once (counted per message at the fake WeCom), nothing dead-lettered, and the survivor must finish
/// the dead node's share within seconds (its leases run out; nothing waits minutes).
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsRunAlone.Name)]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeWeCom _weCom = null!;
    private PostgresDatabase _postgres = null!;

    public async Task InitializeAsync()
    {
        _weCom = await FakeWeCom.StartAsync();
        _postgres = await PostgresDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _weCom.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Theory]
    [InlineData("during the burst", -0.25)]
    [InlineData("early in the backlog", 0.10)]
    [InlineData("in the middle of the backlog", 0.50)]
    [InlineData("late in the backlog", 0.85)]
    public async Task KillingANode_LosesAndDuplicatesNothing(string moment, double at)
    {
        var count = FaultScale.Messages;
        var environment = FaultRun.Environment(_postgres.ConnectionString, TestServers.RedisConnectionString, _weCom.Address);

        // One after the other: the first migrates the database.
        await using var victim = await RunningBotHost.StartAsync(environment);
        await using var survivor = await RunningBotHost.StartAsync(environment);
        var burst = new WeComBurst(new WeComCrypto(FaultRun.Token, FaultRun.AesKey, string.Empty), _weCom.Address);
        var clock = Stopwatch.StartNew();
        var killedAt = TimeSpan.Zero;
        void KillVictim()
        {
            victim.Kill();
            killedAt = clock.Elapsed;
        }

        await burst.SendAsync([victim, survivor], count, acknowledged =>
        {
            if (at < 0 && acknowledged == (int)(count * -at))
            {
                KillVictim();
            }

            return Task.CompletedTask;
        });
        var sentAt = clock.Elapsed;
        if (at >= 0)
        {
            await FaultRun.WaitUntilAsync(() => Task.FromResult(FaultRun.Replies(_weCom).Count >= count * at), TimeSpan.FromMinutes(3));
            KillVictim();
        }

        var drained = await FaultRun.WaitUntilAsync(async () => await FaultRun.PendingAsync(_postgres.ConnectionString) == 0, TimeSpan.FromMinutes(3));
        var finishedAt = clock.Elapsed;

        var replies = FaultRun.Replies(_weCom);
        var lost = Enumerable.Range(0, count).Count(i => !replies.ContainsKey(WeComBurst.Person(i)));
        var duplicated = replies.Values.Count(n => n > 1);
        var (handled, dead) = await FaultRun.InboxAsync(_postgres.ConnectionString);
        output.WriteLine(
            $"kill {moment}: sent {count}, acknowledged {burst.Acknowledged}, handled {handled}, delivered {replies.Count}, duplicated {duplicated}, " +
            $"lost {lost}, dead-lettered {dead}; burst {sentAt.TotalSeconds:F1} s, killed at {killedAt.TotalSeconds:F1} s, " +
            $"backlog done {(finishedAt - killedAt).TotalSeconds:F1} s after the kill, wall {finishedAt.TotalSeconds:F1} s");

        Assert.True(drained, "the backlog did not drain within 3 minutes");
        Assert.Equal(count, burst.Acknowledged);
        Assert.Equal(count, handled);
        Assert.Equal(0, dead);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
    }
}
