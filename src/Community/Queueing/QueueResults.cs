using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.Queueing;

/// <summary>
/// Writes the outcomes of one claimed batch: each item's new state, attempts and backoff, all items in one save (one
/// round trip on PostgreSQL), each update naming the lease token the batch was claimed with. The payload is not
/// written back (it never changes). Should another worker have taken one item over meanwhile, the items are saved one
/// by one instead, and only the taken one's result is dropped.
/// </summary>
internal sealed class QueueResults<TItem>(string name, TimeProvider clock, ILogger logger)
    where TItem : class, IQueueItem
{
    private const string Payload = "Payload";

    public async Task SaveAsync(CommunityDbContext db, IReadOnlyList<(TItem Item, QueueOutcome Outcome)> results, QueueOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tokens = results.Select(r => Apply(r.Item, r.Outcome, settings, now)).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            Track(db, results[i].Item, tokens[i]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (DbUpdateConcurrencyException) when (results.Count > 1)
        {
            // One save is one transaction: nothing of it was written. Save each alone, so only the lost one is dropped.
            db.ChangeTracker.Clear();
        }
        catch (DbUpdateConcurrencyException)
        {
            QueueLog.LeaseLost(logger, name, results[0].Item.Id);
            return;
        }

        for (var i = 0; i < results.Count; i++)
        {
            Track(db, results[i].Item, tokens[i]);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                QueueLog.LeaseLost(logger, name, results[i].Item.Id);
            }

            db.ChangeTracker.Clear();
        }
    }

    private static void Track(CommunityDbContext db, TItem item, Guid? token)
    {
        var entry = db.Attach(item);
        foreach (var property in entry.Properties)
        {
            property.IsModified = !property.Metadata.IsPrimaryKey() && property.Metadata.Name != Payload;
        }

        entry.Property(nameof(IQueueItem.LeaseToken)).OriginalValue = token;
    }

    /// <summary>Sets the item's columns from the outcome; returns the lease token it was claimed with.</summary>
    private Guid? Apply(TItem item, QueueOutcome outcome, QueueOptions settings, DateTimeOffset now)
    {
        var token = item.LeaseToken;
        item.LockedUntil = null;
        item.LeaseToken = null;
        switch (outcome.Kind)
        {
            case QueueOutcomeKind.Done:
                item.Attempts++;
                item.State = QueueState.Done;
                item.LastError = null;
                break;
            case QueueOutcomeKind.Deferred:
                item.NextAttemptAt = outcome.NotBefore ?? now;
                break;
            default:
                item.Attempts++;
                item.LastError = Truncate(outcome.Error);
                if (outcome.Kind == QueueOutcomeKind.Undeliverable)
                {
                    item.State = QueueState.DeadLettered;
                    QueueLog.Undeliverable(logger, name, item.Id, item.TargetKey, item.LastError);
                }
                else if (outcome.Kind == QueueOutcomeKind.Permanent || item.Attempts >= settings.MaxAttempts)
                {
                    item.State = QueueState.DeadLettered;
                    QueueLog.DeadLettered(logger, name, item.Id, item.TargetKey, item.Attempts, item.LastError);
                }
                else
                {
                    var backoff = now + settings.Backoff(item.Attempts, Random.Shared.NextDouble());
                    item.NextAttemptAt = outcome.NotBefore is { } notBefore && notBefore > backoff ? notBefore : backoff;
                    QueueLog.Retrying(logger, name, item.Id, item.Attempts, item.NextAttemptAt, item.LastError);
                }

                break;
        }

        return token;
    }

    private static string? Truncate(string? error) => error is { Length: > 1000 } ? error[..1000] : error;
}
