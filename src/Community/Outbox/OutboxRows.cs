using BuildingBot.Community.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.Community.Outbox;

/// <summary>
/// Queues outbox rows in one statement on PostgreSQL: <c>INSERT … SELECT FROM unnest(…) ON CONFLICT ("IdempotencyKey")
/// DO NOTHING</c>, without change tracking and without first asking which keys are queued. Ids follow the rows' order
/// (a turn's messages go out in the order it said them); a key queued before, by any process, is skipped.
/// </summary>
public static class OutboxRows
{
    private const string Insert = """
        INSERT INTO "OutboxMessages" ("IdempotencyKey", "Channel", "ConversationId", "IsGroup", "TargetKey", "Payload", "State", "Attempts", "CreatedAt", "NextAttemptAt")
        SELECT r.k, r.ch, r.cv, r.g, r.t, r.p, 'Pending', 0, r.c, r.c
        FROM unnest(@keys, @channels, @conversations, @groups, @targets, @payloads, @created) WITH ORDINALITY AS r(k, ch, cv, g, t, p, c, n)
        ORDER BY r.n
        ON CONFLICT ("IdempotencyKey") DO NOTHING
        """;

    /// <summary>Inserts the rows whose keys are new; returns how many were.</summary>
    public static Task<int> InsertNewAsync(CommunityDbContext db, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return NpgsqlCommands.RunAsync(db, async connection =>
        {
            await using var command = new NpgsqlCommand(Insert, connection);
            var parameters = command.Parameters;
            parameters.Add(NpgsqlCommands.Array("keys", NpgsqlDbType.Varchar, rows, r => r.IdempotencyKey));
            parameters.Add(NpgsqlCommands.Array("channels", NpgsqlDbType.Varchar, rows, r => r.Channel.ToString()));
            parameters.Add(NpgsqlCommands.Array("conversations", NpgsqlDbType.Varchar, rows, r => r.ConversationId));
            parameters.Add(NpgsqlCommands.Array("groups", NpgsqlDbType.Boolean, rows, r => r.IsGroup));
            parameters.Add(NpgsqlCommands.Array("targets", NpgsqlDbType.Varchar, rows, r => r.TargetKey));
            parameters.Add(NpgsqlCommands.Array("payloads", NpgsqlDbType.Varchar, rows, r => r.Payload));
            parameters.Add(NpgsqlCommands.Array("created", NpgsqlDbType.TimestampTz, rows, r => r.CreatedAt));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }
}
