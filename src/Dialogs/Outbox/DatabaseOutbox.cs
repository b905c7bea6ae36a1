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
    private bool _notifiesOnSave;

    public async Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages = await PrepareAsync(messages, cancellationToken).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql() && !db.ChangeTracker.HasChanges())
        {
            // Nothing else to save with them: one statement, whose unique key skips what is queued already (by anyone).
            // In a caller's transaction the rows are written with it (Npgsql runs every command in the connection's
            // transaction); the workers woken here may find them only at their next poll, once it commits.
            var now = clock.GetUtcNow();
            await OutboxRows.InsertNewAsync(db, [.. messages.DistinctBy(m => m.IdempotencyKey).Select(m => OutboxPayload.ToRow(m, now))], cancellationToken)
                .ConfigureAwait(false);
            signal.Notify();
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            await StageAsync(messages, cancellationToken).ConfigureAwait(false);
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

    public async Task AddAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages = await PrepareAsync(messages, cancellationToken).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            return;
        }

        await StageAsync(messages, cancellationToken).ConfigureAwait(false);
        if (!_notifiesOnSave)
        {
            _notifiesOnSave = true;
            db.SavedChanges += (_, _) => signal.Notify();
        }
    }

    private async Task<IReadOnlyList<OutgoingMessage>> PrepareAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        messages = await RedactAsync(messages, cancellationToken).ConfigureAwait(false);
        if (DialogsMetrics.CurrentTraceParent() is { } traceParent)
        {
            // The delivery continues the trace of the turn (or job) that queued it.
            messages = messages.Select(m => m.TraceParent is null ? m with { TraceParent = traceParent } : m).ToList();
        }

        return messages.SelectMany(m => MessageParts.Split(m, senders.FirstOrDefault(s => s.Channel == m.Conversation.Channel)?.MaxTextBytes)).ToList();
    }

    /// <summary>Adds rows for the keys neither stored nor already added to this unit of work.</summary>
    private async Task StageAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var keys = messages.Select(m => m.IdempotencyKey).ToList();
        var queued = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey))
            .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        queued.UnionWith(db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.IdempotencyKey));
        var now = clock.GetUtcNow();
        db.OutboxMessages.AddRange(messages.Where(m => !queued.Contains(m.IdempotencyKey!)).DistinctBy(m => m.IdempotencyKey)
            .Select(m => OutboxPayload.ToRow(m, now)));
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
