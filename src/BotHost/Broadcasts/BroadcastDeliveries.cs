using System.Globalization;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Scheduling.Broadcasts;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Broadcasts;

/// <summary>
/// A broadcast's delivery report, read from its outbox rows (one per occurrence and group): sent, waiting for the group
/// owner's confirmation, queued, retrying, or failed with the channel's reason. The admin API and the console show the same.
/// </summary>
public sealed class BroadcastDeliveries(CommunityDbContext db)
{
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Confirming = "waiting for owner confirmation";
    public const string Retrying = "retrying";
    public const string Queued = "queued";

    public async Task<IReadOnlyList<Delivery>> OfAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var prefix = BroadcastRunner.KeyPrefix(broadcastId);
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var groups = await db.BuildingGroups.AsNoTracking().ToDictionaryAsync(g => (g.Channel, g.ChatId), g => (g.DeliveryMode, g.Name), cancellationToken);
        return rows.ConvertAll(m =>
        {
            var seconds = long.Parse(m.IdempotencyKey[prefix.Length..].Split(':')[0], CultureInfo.InvariantCulture);
            var group = groups.GetValueOrDefault((m.Channel, m.ConversationId));
            var status = m.State switch
            {
                QueueState.Done when group.DeliveryMode == DeliveryMode.CustomerGroupMessage => Confirming,
                QueueState.Done => Sent,
                QueueState.DeadLettered => Failed,
                _ => m.Attempts > 0 ? Retrying : Queued,
            };
            return new Delivery(DateTimeOffset.FromUnixTimeSeconds(seconds), m.Channel.ToString(), m.ConversationId, group.Name, status, m.LastError, m.DeliveredAt);
        });
    }

    public sealed record Delivery(
        DateTimeOffset Occurrence, string Channel, string Group, string? GroupName, string Status, string? Error, DateTimeOffset? DeliveredAt);
}
