using System.Diagnostics;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;
using BuildingBot.WeCom.Crypto;
using Npgsql;
using Xunit.Abstractions;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Fault injection with real processes: two production BotHost nodes on one PostgreSQL and one Redis, a burst of signed
/// smart-bot callbacks, and one node killed with SIGKILL at a chosen moment. Every acknowledged message must be handled
/// once and answered once (counted per message at the fake WeCom), nothing dead-lettered, and the survivor must finish
/// the dead node's share within seconds (its leases run out; nothing waits minutes).
/// </summary>
[Trait("Category", "Faults")]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string CorpId = "wwfaultcorp01";
    private const string Token = "FaultTok3n";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

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
        var environment = new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = _postgres.ConnectionString,
            ["ConnectionStrings__Redis"] = TestServers.RedisConnectionString,
            ["Redis__KeyPrefix"] = $"faults-{Guid.NewGuid():N}:",
            ["WeCom__CorpId"] = CorpId,
            ["WeCom__ApiBaseUrl"] = _weCom.Address.ToString(),
            ["WeCom__App__AgentId"] = "1000002",
            ["WeCom__App__Secret"] = FakeWeCom.Secret,
            ["WeCom__App__Token"] = Token,
            ["WeCom__App__EncodingAesKey"] = AesKey,
            ["WeCom__Bot__Token"] = Token,
            ["WeCom__Bot__EncodingAesKey"] = AesKey,
        };

        // One after the other: the first migrates the database.
        await using var victim = await RunningBotHost.StartAsync(environment);
        await using var survivor = await RunningBotHost.StartAsync(environment);
        var burst = new WeComBurst(new WeComCrypto(Token, AesKey, string.Empty), _weCom.Address);
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
            await WaitUntilAsync(() => Task.FromResult(Replies().Count >= count * at), TimeSpan.FromMinutes(3));
            KillVictim();
        }

        var drained = await WaitUntilAsync(async () => await PendingAsync() == 0, TimeSpan.FromMinutes(3));
        var finishedAt = clock.Elapsed;

        var replies = Replies();
        var lost = Enumerable.Range(0, count).Count(i => !replies.ContainsKey(WeComBurst.Person(i)));
        var duplicated = replies.Values.Count(n => n > 1);
        var (handled, dead) = await InboxAsync();
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

    /// <summary>Replies per person: through the response_url of their message or by message/send.</summary>
    private Dictionary<string, int> Replies()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, body) in _weCom.Calls.ToArray())
        {
            string? person = null;
            if (path.StartsWith("response/burst-m", StringComparison.Ordinal))
            {
                person = WeComBurst.Person(int.Parse(path["response/burst-m".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (path == "message/send")
            {
                person = JsonDocument.Parse(body).RootElement.GetProperty("touser").GetString();
            }

            if (person is not null)
            {
                counts[person] = counts.GetValueOrDefault(person) + 1;
            }
        }

        return counts;
    }

    private async Task<long> PendingAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT (SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Pending') + (SELECT count(*) FROM "OutboxMessages" WHERE "State" = 'Pending')""",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(int Handled, int Dead)> InboxAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Done'),
                   (SELECT count(*) FROM "InboxMessages" WHERE "State" = 'DeadLettered') + (SELECT count(*) FROM "OutboxMessages" WHERE "State" = 'DeadLettered')
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200);
        }

        return true;
    }
}
