using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Community.Privacy;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>
/// The outbox as rows of the community database; the unique idempotency key is the final guard against doubles.
/// Every text whose audience is a group passes the <see cref="Redactor"/> here, the one door to every channel;
/// a text longer than its channel carries is queued as parts (<see cref="MessageParts"/>).
/// </summary>
public sealed class DatabaseOutbox(
    CommunityDbContext db, Redactor redactor, QueueSignal<OutboxMessage> signal, TimeProvider clock, IEnumerable<IChannelSender> senders) : IOutbox
{
    public async Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages = await RedactAsync(messages, cancellationToken).ConfigureAwait(false);
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

    private async Task<IReadOnlyList<OutgoingMessage>> RedactAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (!messages.Any(m => Redactor.Applies(m.Audience)))
        {
            return messages;
        }

        var texts = await redactor.RedactAsync(messages.Select(m => Redactor.Applies(m.Audience) ? m.Text : string.Empty).ToList(), cancellationToken)
            .ConfigureAwait(false);
        return messages.Select((m, i) => Redactor.Applies(m.Audience) ? m with { Text = texts[i] } : m).ToList();
    }
}
