using System.Text.Json;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Inbox;

/// <summary>
/// The door of every channel (WeCom, the simulator): an activity is stored as an inbox row — the inbound durable
/// queue — before the channel hears it was received, and turns run from there. The unique key makes a channel's
/// retry of the same activity a no-op; any other database refusal is thrown, so the channel is not told it arrived.
/// </summary>
public sealed class ActivityInbox(CommunityDbContext db, QueueSignal<InboxMessage> signal, TimeProvider clock)
{
    /// <returns>The stored row's id, or null when the same activity was stored before (a channel's retry).</returns>
    public async Task<long?> EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = activity.DeduplicationKey;
        if (await db.InboxMessages.AnyAsync(m => m.Key == key, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var row = new InboxMessage
        {
            Key = key,
            TargetKey = OutboxPayload.TargetKey(activity.Conversation),
            Payload = JsonSerializer.Serialize(activity, StateJson.Options),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.InboxMessages.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // Two copies of one activity raced; the unique key kept one.
            db.ChangeTracker.Clear();
            return null;
        }

        signal.Notify();
        return row.Id;
    }

    public static Activity Read(InboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return JsonSerializer.Deserialize<Activity>(row.Payload, StateJson.Options) ?? throw new JsonException($"Inbox row {row.Id} holds no activity");
    }
}
