using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>
/// The outbox as rows of the community database; the unique idempotency key is the final guard against doubles.
/// A text longer than its channel carries is queued as parts (<see cref="MessageParts"/>).
/// </summary>
public sealed class DatabaseOutbox(CommunityDbContext db, OutboxSignal signal, TimeProvider clock, IEnumerable<IChannelSender> senders) : IOutbox
{
    public async Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages = messages.SelectMany(m => MessageParts.Split(m, senders.FirstOrDefault(s => s.Channel == m.Conversation.Channel)?.MaxTextBytes)).ToList();
        if (messages.Count == 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var keys = messages.Select(m => m.IdempotencyKey).ToList();
            var queued = await db.OutboxMessages.Where(m => keys.Contains(m.IdempotencyKey))
                .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            db.OutboxMessages.AddRange(messages.Where(m => !queued.Contains(m.IdempotencyKey!)).Select(m => OutboxPayload.ToRow(m, now)));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (DbUpdateException exception) when (attempt < 3 && DbConflicts.IsConflict(exception))
            {
                // Another process queued one of the keys between the check and the insert.
                db.ChangeTracker.Clear();
            }
        }

        signal.Notify();
    }
}
