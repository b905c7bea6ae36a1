using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Scheduling.Broadcasts;

/// <summary>
/// Sends a broadcast's due occurrences to its groups through the outbox. Each (broadcast, occurrence,
/// group) has one outbox key, unique in the database, so two servers running the same occurrence send
/// it once; the broadcast's progress and its messages are saved together. An occurrence missed by downtime is sent late only within the misfire window; older ones
/// are skipped with a log line.
/// </summary>
public sealed partial class BroadcastRunner(
    CommunityDbContext db, BroadcastTargets targets, IOutbox outbox, TimeProvider clock, IOptions<BroadcastOptions> options,
    ILogger<BroadcastRunner> logger)
{
    public static string KeyPrefix(int broadcastId) => $"broadcast:{broadcastId}:";

    public async Task RunAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.FirstOrDefaultAsync(b => b.Id == broadcastId, cancellationToken).ConfigureAwait(false);
        if (broadcast is not { Status: BroadcastStatus.Scheduled })
        {
            return;
        }

        var now = clock.GetUtcNow();
        var after = broadcast.LastOccurrenceAt ?? (broadcast.Cron is null ? broadcast.SendAt!.Value.AddTicks(-1) : broadcast.UpdatedAt);
        var due = BroadcastSchedule.Between(broadcast, after, now);
        if (due.Count == 0)
        {
            return;
        }

        var window = options.Value.MisfireWindow;
        var (groups, _) = await targets.ResolveAsync(broadcast.TargetKind, broadcast.TargetCodes, cancellationToken).ConfigureAwait(false);
        var messages = new List<OutgoingMessage>();
        var sent = false;
        foreach (var occurrence in due)
        {
            if (now - occurrence > window)
            {
                LogMissed(broadcast.Id, occurrence, now - occurrence);
                continue;
            }

            messages.AddRange(Messages(broadcast, groups, occurrence));
            LogSent(broadcast.Id, occurrence, groups.Count);
            sent = true;
        }

        await QueueAsync(broadcast.Id, messages, () =>
        {
            broadcast.LastOccurrenceAt = due[^1];
            if (broadcast.Cron is null)
            {
                broadcast.Status = sent ? BroadcastStatus.Sent : BroadcastStatus.Missed;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Staff's "send now": queues one occurrence at once, under the keys its scheduled run uses, and records it as
    /// handled, so neither a second call nor the schedule sends it again. A one-off broadcast (scheduled, or missed
    /// during downtime) goes out and is Sent; a recurring one sends its latest due occurrence, else its next one early
    /// (then the next can be sent early only once that one's time has passed). Null and the occurrence, or a problem in
    /// English ("No broadcast …" when there is none).
    /// </summary>
    public async Task<(DateTimeOffset? Occurrence, int Groups, string? Problem)> SendNowAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.FirstOrDefaultAsync(b => b.Id == broadcastId, cancellationToken).ConfigureAwait(false);
        if (broadcast is null)
        {
            return (null, 0, $"No broadcast {broadcastId}.");
        }

        if (broadcast.Status is BroadcastStatus.Sent or BroadcastStatus.Cancelled)
        {
            return (null, 0, $"Broadcast {broadcastId} is {broadcast.Status} and cannot be sent now.");
        }

        var now = clock.GetUtcNow();
        var after = broadcast.LastOccurrenceAt ?? broadcast.UpdatedAt;
        if (broadcast.Cron is not null && after > now)
        {
            return (null, 0, $"Broadcast {broadcastId}'s occurrence of {after:O} was already sent early; the next one can be sent once that time has passed.");
        }

        var due = broadcast.Cron is null ? [] : BroadcastSchedule.Between(broadcast, after, now);
        var occurrence = broadcast.Cron is null ? broadcast.SendAt : due.Count > 0 ? due[^1] : BroadcastSchedule.Next(broadcast, now);
        if (occurrence is not { } at)
        {
            return (null, 0, $"Broadcast {broadcastId} has no occurrence left to send.");
        }

        var (groups, _) = await targets.ResolveAsync(broadcast.TargetKind, broadcast.TargetCodes, cancellationToken).ConfigureAwait(false);
        var queued = await QueueAsync(broadcast.Id, Messages(broadcast, groups, at), () =>
        {
            broadcast.LastOccurrenceAt = at;
            broadcast.Status = broadcast.Cron is null ? BroadcastStatus.Sent : broadcast.Status;
        }, cancellationToken).ConfigureAwait(false);
        if (!queued)
        {
            return (null, 0, $"Broadcast {broadcastId}'s occurrence of {at:O} was queued by its schedule at the same moment.");
        }

        LogSentNow(broadcast.Id, at, groups.Count);
        return (at, groups.Count, null);
    }

    /// <summary>
    /// Queues the messages and records the broadcast's progress in one transaction: both or neither. The messages are
    /// queued first, while nothing else is pending, so on PostgreSQL they go in one statement however many groups there
    /// are. False when another server queued the same keys first (and the change is dropped).
    /// </summary>
    private async Task<bool> QueueAsync(int broadcastId, IReadOnlyList<OutgoingMessage> messages, Action recordProgress, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
                recordProgress();
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            db.ChangeTracker.Clear();
            LogTakenElsewhere(exception, broadcastId);
            return false;
        }
    }

    private static List<OutgoingMessage> Messages(Broadcast broadcast, IReadOnlyList<BuildingGroup> groups, DateTimeOffset occurrence) =>
        groups.Select(g => new OutgoingMessage
        {
            Conversation = new ConversationReference(g.Channel, g.ChatId, ConversationKind.Group),
            Text = broadcast.Text,
            Format = broadcast.IsMarkdown ? MessageFormat.Markdown : MessageFormat.Text,
            Attachments = broadcast.ImageUrl is { } image ? [new Attachment("image/*", image)] : [],
            IdempotencyKey = $"{KeyPrefix(broadcast.Id)}{occurrence.ToUnixTimeSeconds()}:{g.Channel}:{g.ChatId}",
        }).ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {Id}: occurrence {Occurrence:O} sent now at staff's request to {Groups} groups")]
    private partial void LogSentNow(int id, DateTimeOffset occurrence, int groups);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {Id}: another server queued these occurrences first")]
    private partial void LogTakenElsewhere(Exception exception, int id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {Id}: occurrence {Occurrence:O} queued for {Groups} groups")]
    private partial void LogSent(int id, DateTimeOffset occurrence, int groups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broadcast {Id}: occurrence {Occurrence:O} skipped, {Late} late is beyond the misfire window")]
    private partial void LogMissed(int id, DateTimeOffset occurrence, TimeSpan late);
}
