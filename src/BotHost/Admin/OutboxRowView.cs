using BuildingBot.Community.Outbox;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// One outbox row as admins see it: where it goes, its key, state, attempts and last error, and its times. Never the
/// message itself, which may hold personal details (as the dead-letter list shows none).
/// </summary>
internal sealed record OutboxRowView(
    long Id, string Channel, string Target, string TargetKey, bool IsGroup, string Key, OutboxDeliveryState State, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? LockedUntil, DateTimeOffset? DeliveredAt)
{
    public static OutboxRowView Of(OutboxMessage row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new OutboxRowView(
            row.Id, row.Channel.ToString(), row.ConversationId, row.TargetKey, row.IsGroup, row.IdempotencyKey, OutboxDeliveryStates.Of(row, now),
            row.Attempts, row.LastError, row.CreatedAt, row.NextAttemptAt, row.LockedUntil, row.DeliveredAt);
    }
}
