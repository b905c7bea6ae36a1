using BuildingBot.Community.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.Community.Inbox;

/// <summary>
/// Stores a batch of inbox rows in one statement on PostgreSQL: <c>INSERT … SELECT FROM unnest(…) ON CONFLICT ("Key") DO
/// NOTHING RETURNING</c>, without change tracking. Ids follow the rows' order in the batch (the order the activities
/// arrived in); a key stored before — a channel's retry, also one stored by another process meanwhile — is skipped.
/// Two processes inserting the same keys in different orders can deadlock on the unique index (40P01): PostgreSQL
/// rolls one statement back, and it runs again (at most <see cref="Attempts"/> times in all): it then finds the
/// other's rows and skips them. Keys are not sorted to avoid that: the ids must keep the order of arrival.
/// </summary>
public static class InboxRows
{
    private const int Attempts = 3;

    private const string Insert = """
        INSERT INTO "InboxMessages" ("Key", "TargetKey", "Payload", "State", "Attempts", "CreatedAt", "NextAttemptAt")
        SELECT r.k, r.t, r.p, 'Pending', 0, r.c, r.c
        FROM unnest(@keys, @targets, @payloads, @created) WITH ORDINALITY AS r(k, t, p, c, n)
        ORDER BY r.n
        ON CONFLICT ("Key") DO NOTHING
        RETURNING "Id", "Key"
        """;

    /// <summary>Inserts the rows whose keys are new (the first of equal keys in the batch); returns their ids by key.</summary>
    public static async Task<Dictionary<string, long>> InsertNewAsync(CommunityDbContext db, IReadOnlyList<InboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var fresh = rows.DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InsertAsync(db, fresh, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DeadlockDetected
                && attempt < Attempts && db.Database.CurrentTransaction is null)
            {
                // The other statement has committed or will: running again skips its keys.
            }
        }
    }

    private static Task<Dictionary<string, long>> InsertAsync(CommunityDbContext db, List<InboxMessage> fresh, CancellationToken cancellationToken) =>
        NpgsqlCommands.RunAsync(db, async connection =>
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
