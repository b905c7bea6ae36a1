using System.Text.RegularExpressions;
using System.Globalization;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WeCom;
using Npgsql;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// What the process-level fault runs share: a production node's settings (WeCom app and smart bot on a fake WeCom),
/// and the figures of a run — replies per person at the fake WeCom, the queues' rows in PostgreSQL.
/// </summary>
internal static partial class FaultRun
{
    public const string CorpId = "wwfaultcorp01";
    public const string Token = "FaultTok3n";
    public const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    /// <summary>A production node on <paramref name="postgres"/> and <paramref name="redis"/> (a fresh key prefix), talking to <paramref name="weCom"/>.</summary>
    public static Dictionary<string, string> Environment(string postgres, string redis, Uri weCom) => new()
    {
        ["BuildingBot__Mode"] = "Production",
        ["ConnectionStrings__Community"] = postgres,
        ["ConnectionStrings__Redis"] = redis,
        ["Redis__KeyPrefix"] = $"faults-{Guid.NewGuid():N}:",
        ["WeCom__CorpId"] = CorpId,
        ["WeCom__ApiBaseUrl"] = weCom.ToString(),
        ["WeCom__App__AgentId"] = "1000002",
        ["WeCom__App__Secret"] = FakeWeCom.Secret,
        ["WeCom__App__Token"] = Token,
        ["WeCom__App__EncodingAesKey"] = AesKey,
        ["WeCom__Bot__Token"] = Token,
        ["WeCom__Bot__EncodingAesKey"] = AesKey,
    };

    /// <summary>Replies per person of a <see cref="WeComBurst"/>: through the response_url of their message or by message/send.</summary>
    public static Dictionary<string, int> Replies(FakeWeCom weCom)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, body) in weCom.Calls.ToArray())
        {
            string? person = null;
            if (path.StartsWith("response/burst-m", StringComparison.Ordinal))
            {
                person = WeComBurst.Person(int.Parse(path["response/burst-m".Length..], CultureInfo.InvariantCulture));
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

    /// <summary>The host's error-level log entries from the <paramref name="skip"/>th on, by their lines (digits as #): "N × lines".</summary>
    public static IEnumerable<string> ErrorDigest(RunningBotHost host, int skip = 0) => host.Errors.Skip(skip)
        .Select(e => string.Join(" | ", e))
        .Select(entry => Digits().Replace(entry.Length > 400 ? entry[..400] : entry, "#"))
        .GroupBy(entry => entry, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .Select(g => $"{g.Count()} × {g.Key}");

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Digits();

    /// <summary>Items waiting in the inbox and the outbox.</summary>
    public static async Task<long> PendingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT (SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Pending') + (SELECT count(*) FROM "OutboxMessages" WHERE "State" = 'Pending')""",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Inbox items handled, and items dead-lettered in either queue.</summary>
    public static async Task<(int Handled, int Dead)> InboxAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
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

    /// <summary>Each dead-lettered item of either queue: which queue, its target, its attempts and last error.</summary>
    public static async Task<List<DeadLetter>> DeadLettersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'inbox', coalesce("TargetKey", ''), "Attempts"::int, coalesce("LastError", '(no error)') FROM "InboxMessages" WHERE "State" = 'DeadLettered'
            UNION ALL
            SELECT 'outbox', coalesce("TargetKey", ''), "Attempts"::int, coalesce("LastError", '(no error)') FROM "OutboxMessages" WHERE "State" = 'DeadLettered'
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync())
        {
            letters.Add(new DeadLetter(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }

        return letters;
    }

    /// <summary>Polls <paramref name="done"/> every 200 ms until it holds or <paramref name="timeout"/> passes; a failing poll (a server down) is a no.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await done())
                {
                    return true;
                }
            }
            catch (NpgsqlException)
            {
                // The database is down for the moment.
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200);
        }
    }
}
