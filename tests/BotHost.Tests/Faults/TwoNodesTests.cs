using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using Npgsql;
using Xunit.Abstractions;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Two production BotHost processes on one PostgreSQL and one Redis behind Caddy, as deploy/compose runs them
/// (deploy/two-nodes.sh runs this alone): callbacks through the proxy are handled and answered once each, a broadcast
/// scheduled through the proxy goes out once, and stopping one node in the middle of a burst loses nothing.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsRunAlone.Name)]
public sealed class TwoNodesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminKey = "two-nodes-admin-key-0123456789";
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

    [Fact]
    public async Task TwoNodesBehindTheProxy_HandleEachCallbackOnce_FireAScheduledBroadcastOnce_AndLoseNothingWhenOneStops()
    {
        var count = FaultScale.Messages;
        var environment = FaultRun.Environment(_postgres.ConnectionString, TestServers.RedisConnectionString, _weCom.Address);
        environment["BuildingBot__DemoData"] = "true";
        environment["Simulator__Enabled"] = "true";
        environment["Admin__ApiKey"] = AdminKey;
        environment["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1";

        // One after the other: the first migrates the database and loads the demo community.
        await using var first = await RunningBotHost.StartAsync(environment);
        await using var second = await RunningBotHost.StartAsync(environment);
        await using var proxy = await CaddyProxy.StartAsync([first.Address, second.Address]);
        using var admin = new HttpClient { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(30) };
        admin.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);

        using var scheduled = await admin.PostAsJsonAsync("/admin/broadcasts",
            new { text = "两节点测试：今晚八点停水", targets = "Everyone", sendAt = DateTimeOffset.UtcNow.AddSeconds(20) });
        Assert.True(scheduled.IsSuccessStatusCode, await scheduled.Content.ReadAsStringAsync());
        var broadcastId = JsonDocument.Parse(await scheduled.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var burst = new WeComBurst(new WeComCrypto(FaultRun.Token, FaultRun.AesKey, string.Empty), _weCom.Address);
        var clock = Stopwatch.StartNew();
        var stoppedAt = TimeSpan.Zero;
        Task? stopping = null;
        await burst.SendAsync([proxy.Address], count, acknowledged =>
        {
            if (acknowledged == count / 2)
            {
                stoppedAt = clock.Elapsed;
                stopping = first.StopAsync();
            }

            return Task.CompletedTask;
        });
        await (stopping ?? Task.CompletedTask);
        var drained = await FaultRun.WaitUntilAsync(async () => await FaultRun.PendingAsync(_postgres.ConnectionString) == 0, TimeSpan.FromMinutes(3));
        var (groups, sent) = await WaitForBroadcastAsync(admin, broadcastId);

        var replies = FaultRun.Replies(_weCom);
        var lost = Enumerable.Range(0, count).Count(i => !replies.ContainsKey(WeComBurst.Person(i)));
        var duplicated = replies.Values.Count(n => n > 1);
        var (handled, dead) = await FaultRun.InboxAsync(_postgres.ConnectionString);
        var runs = await BroadcastJobRunsAsync();
        output.WriteLine(
            $"two nodes behind caddy: sent {count}, acknowledged {burst.Acknowledged}, handled {handled}, delivered {replies.Count}, " +
            $"duplicated {duplicated}, lost {lost}, dead-lettered {dead}; node 1 stopped at {stoppedAt.TotalSeconds:F1} s; " +
            $"broadcast job ran {runs} time(s), {sent}/{groups} groups sent; wall {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(drained, "the backlog did not drain within 3 minutes");
        Assert.Equal(count, burst.Acknowledged);
        Assert.Equal(count, handled);
        Assert.Equal(0, dead);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(1, runs);
        Assert.Equal(12, groups);
        Assert.Equal(groups, sent);
    }

    /// <summary>The broadcast's deliveries once it is Sent and every delivery is (or after two minutes, what there is).</summary>
    private static async Task<(int Groups, int Sent)> WaitForBroadcastAsync(HttpClient admin, int id)
    {
        var result = (0, 0);
        await FaultRun.WaitUntilAsync(async () =>
        {
            using var detail = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative)));
            var deliveries = detail.RootElement.GetProperty("deliveries").EnumerateArray().ToList();
            result = (deliveries.Count, deliveries.Count(d => d.GetProperty("status").GetString() == "sent"));
            return detail.RootElement.GetProperty("broadcast").GetProperty("status").GetString() == "Sent" && result.Item1 > 0 && result.Item1 == result.Item2;
        }, TimeSpan.FromMinutes(2));
        return result;
    }

    /// <summary>How many times Hangfire started a broadcast job (its Processing states): once, whichever node took it.</summary>
    private async Task<long> BroadcastJobRunsAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from hangfire.state s join hangfire.job j on j.id = s.jobid " +
            "where s.name = 'Processing' and j.invocationdata::text like '%BroadcastJob%'", connection);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }
}
