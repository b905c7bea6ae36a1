using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Queueing;

/// <summary>
/// The storage side of a durable queue over one table of <see cref="IQueueItem"/> rows. A claim takes the oldest
/// due items whose target has nothing older pending — FOR UPDATE SKIP LOCKED on PostgreSQL, so processes share
/// the work; one claimer at a time per process on SQLite, the embedded mode's single writer — and stamps them
/// with a lease and a fresh token. Renewal and the final update only count with that token.
/// </summary>
public sealed class QueueStore<TItem>(TimeProvider clock)
    where TItem : class, IQueueItem
{
    private static readonly SemaphoreSlim SqliteClaims = new(1, 1);

    public async Task<IReadOnlyList<TItem>> ClaimAsync(CommunityDbContext db, int batchSize, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        if (db.Database.IsNpgsql())
        {
            var table = db.Model.FindEntityType(typeof(TItem))!.GetTableName();
            var sql = $$"""
                UPDATE "{{table}}" SET "LockedUntil" = {0}, "LeaseToken" = {1}
                WHERE "Id" IN (
                    SELECT o."Id" FROM "{{table}}" o
                    WHERE o."State" = 'Pending' AND o."NextAttemptAt" <= {2}
                      AND (o."LockedUntil" IS NULL OR o."LockedUntil" < {2})
                      AND NOT EXISTS (SELECT 1 FROM "{{table}}" p
                                      WHERE p."TargetKey" = o."TargetKey" AND p."State" = 'Pending' AND p."Id" < o."Id")
                    ORDER BY o."Id" LIMIT {3}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """;
            // The claim must walk the pending rows in id order and stop at the batch: without a sort the planner can only
            // take the partial index on pending ids. Left to its statistics, which lag behind a burst (the table fills
            // from empty faster than autovacuum analyses it), it took every pending row, checked each for an older
            // one of its target, sorted them and kept eight: 12–18 ms a claim with 1,000–2,000 waiting, against 2 ms.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async cancel =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancel).ConfigureAwait(false);
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_sort = off", cancel).ConfigureAwait(false);
                var claimed = await db.Set<TItem>().FromSqlRaw(sql, now + lease, token, now, batchSize).AsNoTracking()
                    .ToListAsync(cancel).ConfigureAwait(false);
                await transaction.CommitAsync(cancel).ConfigureAwait(false);
                return claimed;
            }, cancellationToken).ConfigureAwait(false);
        }

        await SqliteClaims.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var set = db.Set<TItem>();
            var rows = await set
                .Where(o => o.State == QueueState.Pending && o.NextAttemptAt <= now && (o.LockedUntil == null || o.LockedUntil < now))
                .Where(o => !set.Any(p => p.TargetKey == o.TargetKey && p.State == QueueState.Pending && p.Id < o.Id))
                .OrderBy(o => o.Id).Take(batchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                row.LockedUntil = now + lease;
                row.LeaseToken = token;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return rows;
        }
        finally
        {
            SqliteClaims.Release();
        }
    }

    /// <summary>Extends the lease of items still held with <paramref name="token"/>; returns how many still are.</summary>
    public Task<int> RenewAsync(CommunityDbContext db, IReadOnlyCollection<long> ids, Guid token, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = clock.GetUtcNow() + lease;
        return db.Set<TItem>()
            .Where(o => ids.Contains(o.Id) && o.LeaseToken == token && o.State == QueueState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LockedUntil, until), cancellationToken);
    }

    /// <summary>Figures for the metrics: pending, held by a worker, dead-lettered, and the age of the oldest pending item.</summary>
    public async Task<QueueFigures> FiguresAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var set = db.Set<TItem>().AsNoTracking();
        var pending = await set.CountAsync(o => o.State == QueueState.Pending, cancellationToken).ConfigureAwait(false);
        var held = await set.CountAsync(o => o.State == QueueState.Pending && o.LockedUntil != null && o.LockedUntil > now, cancellationToken).ConfigureAwait(false);
        var dead = await set.CountAsync(o => o.State == QueueState.DeadLettered, cancellationToken).ConfigureAwait(false);
        var oldest = await set.Where(o => o.State == QueueState.Pending).OrderBy(o => o.Id).Select(o => (DateTimeOffset?)o.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new QueueFigures(pending, held, dead, oldest is { } created ? Math.Max(0, (now - created).TotalSeconds) : 0);
    }
}
