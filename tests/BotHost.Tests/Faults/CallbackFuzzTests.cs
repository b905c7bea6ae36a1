using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.TestSupport;
using Npgsql;
using Xunit.Abstractions;
using static BuildingBot.BotHost.Tests.Faults.CallbackFuzz;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Randomised callbacks (<see cref="CallbackFuzz"/>) against a running production host, 16 at a time: no 5xx answer,
/// no error-level entry in the host's log while they run (but EF Core's logging of an inbox key race the inbox handled), the working set at the end within
/// <see cref="MemoryBound"/> of what it was after a warm-up, every valid message acknowledged, stored once and answered
/// once (WeCom's retries included), nothing dead-lettered but a malformed message's reply to a group no route reaches,
/// and nothing a sender could not have signed ever acknowledged.
/// CI sends 5,000; the full size: <c>BUILDINGBOT_FAULTS_FUZZ=100000</c>. The seed is printed; replay a run with
/// <c>BUILDINGBOT_FAULTS_SEED=…</c>.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsRunAlone.Name)]
public sealed class CallbackFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>How much the host's working set may grow from the end of the warm-up to the end of the run.</summary>
    private const long MemoryBound = 96L * 1024 * 1024;

    private static readonly Kind[] NeverAcknowledged =
        [Kind.StaleReplay, Kind.CorruptedAfterSigning, Kind.Truncated, Kind.Oversized, Kind.WrongSignature, Kind.Garbage, Kind.VerifyInvalid];

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
    public async Task RandomCallbacks_NeverFailTheHost_AndValidOnesAreHandledOnce()
    {
        var count = FaultScale.Fuzz;
        var seed = FaultScale.Seed ?? Random.Shared.Next();
        output.WriteLine($"seed {seed} (replay: BUILDINGBOT_FAULTS_SEED={seed} BUILDINGBOT_FAULTS_FUZZ={count})");
        await using var node = await RunningBotHost.StartAsync(FaultRun.Environment(_postgres.ConnectionString, TestServers.RedisConnectionString, _weCom.Address));
        var fuzz = new CallbackFuzz(seed, _weCom.Address);
        var statuses = new ConcurrentDictionary<(Kind, int), int>();
        var wrong = new ConcurrentQueue<string>();
        var errorsBefore = node.ErrorEntries;
        var warmUp = Math.Max(500, count / 10);
        var clock = Stopwatch.StartNew();

        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        await SendAsync(http, fuzz, 0, warmUp, statuses, wrong);
        var warm = node.WorkingSet;
        await SendAsync(http, fuzz, warmUp, count, statuses, wrong);
        var sentAt = clock.Elapsed;

        var valid = Enumerable.Range(0, count).Where(i => fuzz.KindOf(i) is Kind.ValidBot or Kind.ValidApp).ToList();
        var handledAll = await FaultRun.WaitUntilAsync(async () => await DoneAsync(fuzz, valid, seed) == valid.Count, TimeSpan.FromMinutes(3));
        var inboxSettled = await FaultRun.WaitUntilAsync(async () => await InboxPendingAsync() == 0, TimeSpan.FromMinutes(1));
        var answered = await FaultRun.WaitUntilAsync(() => Task.FromResult(Unanswered(valid, seed, fuzz) == 0), TimeSpan.FromMinutes(2));
        var end = node.WorkingSet;
        var answers = Answers();
        var twice = valid.Count(i => AnswersTo(i, seed, fuzz, answers) > 1);
        // Two copies of one signed message at once (the fuzz's malformed ones share msgids) race for the inbox key; the
        // inbox handles the loser, but EF Core logs its unique violation at error level (two entries): counted apart.
        var during = node.Errors.Skip(errorsBefore).Select(e => string.Join(" | ", e)).ToList();
        var races = during.Count(e => e.Contains("23505", StringComparison.Ordinal) && e.Contains("IX_InboxMessages_Key", StringComparison.Ordinal));
        var errors = during.Count - races - Math.Min(races, during.Count(e => e.Contains("INSERT INTO \"InboxMessages\"", StringComparison.Ordinal)));
        // The malformed callbacks' group messages carry a response_url that does not resolve, in groups nobody bound:
        // after its retries such a reply is rightly dead-lettered as undeliverable. Nothing else may be.
        var deadLetters = await FaultRun.DeadLettersAsync(_postgres.ConnectionString);
        var undeliverable = deadLetters.Count(d => d.Queue == "outbox" && d.Target.StartsWith("WeCom:Group:", StringComparison.Ordinal));
        var dead = deadLetters.Count - undeliverable;

        output.WriteLine(
            $"fuzz: sent {count} callbacks in {sentAt.TotalSeconds:F1} s, valid {valid.Count}, handled {await DoneAsync(fuzz, valid, seed)}, unanswered {Unanswered(valid, seed, fuzz)}, " +
            $"answered twice {twice}, dead-lettered {dead} (+ {undeliverable} malformed group replies without a route), 5xx {statuses.Where(s => s.Key.Item2 >= 500).Sum(s => s.Value)}, wrong answers {wrong.Count}, " +
            $"host error entries {errors} (+ {races} inbox key races logged by EF Core); working set {warm / 1048576} MB after {warmUp} (warm-up), {end / 1048576} MB at the end (bound +{MemoryBound / 1048576} MB); " +
            $"wall {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var group in statuses.GroupBy(s => s.Key.Item1).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {group.Key}: {string.Join(", ", group.OrderBy(s => s.Key.Item2).Select(s => $"{s.Value} × {s.Key.Item2}"))}");
        }

        foreach (var line in wrong.Take(10).Concat(FaultRun.ErrorDigest(node, errorsBefore).Take(10).Select(e => $"host error: {e}")).Concat(deadLetters.Take(10).Select(d => d.ToString())))
        {
            output.WriteLine(line);
        }

        Assert.Empty(wrong);
        Assert.True(handledAll, "not every valid callback was handled within 3 minutes");
        Assert.True(inboxSettled, "inbox items were still pending a minute later");
        Assert.True(answered, "not every valid callback was answered within 2 minutes");
        Assert.Equal(0, twice);
        Assert.Equal(0, dead);
        Assert.Equal(0, errors);
        Assert.True(end - warm <= MemoryBound, $"the working set grew by {(end - warm) / 1048576} MB");
    }

    /// <summary>Sends requests [from, to) 16 at a time; a wrong answer (5xx, a valid one refused, an invalid one acknowledged, a wrong echo) is noted with its index.</summary>
    private static async Task SendAsync(HttpClient http, CallbackFuzz fuzz, int from, int to, ConcurrentDictionary<(Kind, int), int> statuses, ConcurrentQueue<string> wrong)
    {
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
        {
            var request = fuzz.Make(i);
            using var message = new HttpRequestMessage(request.Method, new Uri(request.PathAndQuery, UriKind.Relative));
            if (request.Body is { } body)
            {
                message.Content = new ByteArrayContent(body);
                if (request.ContentType is { } type)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                }
            }

            using var response = await http.SendAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate((request.Kind, status), 1, (_, n) => n + 1);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var acknowledged = response.StatusCode == HttpStatusCode.OK;
            var problem = status >= 500 ? "a server error"
                : request.Kind is Kind.ValidBot or Kind.ValidApp or Kind.Retry or Kind.VerifyValid && !acknowledged ? "a valid request refused"
                : NeverAcknowledged.Contains(request.Kind) && acknowledged ? "an invalid request acknowledged"
                : request.Echo is { } echo && text != echo ? "a wrong echo"
                : null;
            if (problem is not null)
            {
                wrong.Enqueue($"request {i} ({request.Kind} {request.Method} {request.PathAndQuery[..Math.Min(60, request.PathAndQuery.Length)]}): {problem}, {status}");
            }
        });
    }

    private async Task<int> DoneAsync(CallbackFuzz fuzz, List<int> valid, int seed)
    {
        var keys = valid.Select(i => Key(fuzz, i, seed)).ToArray();
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Done' AND "Key" = ANY(@keys)""", connection);
        command.Parameters.AddWithValue("keys", keys);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> InboxPendingAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Pending'""", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Key(CallbackFuzz fuzz, int i, int seed) =>
        fuzz.KindOf(i) == Kind.ValidBot ? $"WeCom:bot:{BotMessageId(seed, i)}" : $"WeCom:app:msg:{AppMessageId(i)}";

    private int Unanswered(List<int> valid, int seed, CallbackFuzz fuzz)
    {
        var answers = Answers();
        return valid.Count(i => AnswersTo(i, seed, fuzz, answers) == 0);
    }

    /// <summary>Replies by response_url id and by message/send recipient, in one pass over the fake WeCom's calls.</summary>
    private Dictionary<string, int> Answers()
    {
        var counts = FaultRun.Replies(_weCom);
        foreach (var (path, _) in _weCom.Calls.ToArray())
        {
            if (path.StartsWith("response/", StringComparison.Ordinal))
            {
                counts[path] = counts.GetValueOrDefault(path) + 1;
            }
        }

        return counts;
    }

    /// <summary>Replies to valid message <paramref name="i"/>: through its response_url or message/send to its person.</summary>
    private static int AnswersTo(int i, int seed, CallbackFuzz fuzz, Dictionary<string, int> answers) => fuzz.KindOf(i) == Kind.ValidBot
        ? answers.GetValueOrDefault($"response/{BotMessageId(seed, i)}") + answers.GetValueOrDefault($"fuzz-u{i}")
        : answers.GetValueOrDefault(AppPerson(i));
}
