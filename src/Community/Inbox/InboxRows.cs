using BuildingBot.Community.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.Community.Inbox;

/// <summary>
/// Stores a batch of inbox rows in one statement on PostgreSQL: <c>INSERT … SELECT FROM unnest(…) ON CONFLICT ("Key") DO
/// NOTHING RETURNING</c>, without change tracking. Ids follow the rows' order in the batch (the order the activities
/// arrived in); a key stored before — a channel's retry, also one stored by another process meanwhile — is skipped.
/// </summary>
public static class InboxRows
{
    private const string Insert = """
        INSERT INTO "InboxMessages" ("Key", "TargetKey", "Payload", "State", "Attempts", "CreatedAt", "NextAttemptAt")
        SELECT r.k, r.t, r.p, 'Pending', 0, r.c, r.c
        FROM unnest(@keys, @targets, @payloads, @created) WITH ORDINALITY AS r(k, t, p, c, n)
        ORDER BY r.n
        ON CONFLICT ("Key") DO NOTHING
        RETURNING "Id", "Key"
        """;

    /// <summary>Inserts the rows whose keys are new (the first of equal keys in the batch); returns their ids by key.</summary>
    public static Task<Dictionary<string, long>> InsertNewAsync(CommunityDbContext db, IReadOnlyList<InboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fresh = rows.DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
        return NpgsqlCommands.RunAsync(db, async connection =>
        {
            await using var command = new NpgsqlCommand(Insert, connection);
            command.Parameters.Add(NpgsqlCommands.Array("keys", NpgsqlDbType.Varchar, fresh, r => r.Key));
            command.Parameters.Add(NpgsqlCommands.Array("targets", NpgsqlDbType.Varchar, fresh, r => r.TargetKey));
            command.Parameters.Add(NpgsqlCommands.Array("payloads", NpgsqlDbType.Varchar, fresh, r => r.Payload));
            command.Parameters.Add(NpgsqlCommands.Array("created", NpgsqlDbType.TimestampTz, fresh, r => r.CreatedAt));
            var stored = new Dictionary<string, long>(fresh.Count, StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(1)] = reader.GetInt64(0);
            }

            return stored;
        }, cancellationToken);
    }
}
