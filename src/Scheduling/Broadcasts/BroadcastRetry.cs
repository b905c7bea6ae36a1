using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Scheduling.Broadcasts;

/// <summary>
/// Staff's "retry the failed ones": a broadcast's outbox rows that were given up on (dead-lettered) are queued again
/// with fresh attempts, under the same keys, so each still reaches its group at most once.
/// </summary>
public sealed class BroadcastRetry(CommunityDbContext db, QueueSignal<OutboxMessage> signal, TimeProvider clock)
{
    /// <summary>How many deliveries were queued again (0: nothing had failed).</summary>
    public async Task<int> RetryFailedAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var prefix = BroadcastRunner.KeyPrefix(broadcastId);
        var now = clock.GetUtcNow();
        var count = await db.OutboxMessages
            .Where(m => m.IdempotencyKey.StartsWith(prefix) && m.State == QueueState.DeadLettered)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.State, QueueState.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LeaseToken, (Guid?)null), cancellationToken)
            .ConfigureAwait(false);
        if (count > 0)
        {
            signal.Notify();
        }

        return count;
    }
}
