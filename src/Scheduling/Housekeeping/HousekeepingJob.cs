using BuildingBot.Community.Queueing;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Housekeeping;

/// <summary>
/// Daily: removes handled WeCom callbacks after a week (WeCom retries within minutes, so their keys
/// have long done their de-duplication work) and delivered outbox messages after 30 days. Pending
/// rows and dead letters stay for people to look at.
/// </summary>
public sealed partial class HousekeepingJob(CommunityDbContext db, TimeProvider clock, ILogger<HousekeepingJob> logger)
{
    public static readonly TimeSpan InboxRetention = TimeSpan.FromDays(7);
    public static readonly TimeSpan OutboxRetention = TimeSpan.FromDays(30);
    private const int Batch = 1000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var inbox = 0;
        var outbox = 0;

        // Ids grow with time, so the oldest rows come first; dates are compared here because SQLite cannot in SQL.
        while (true)
        {
            var rows = await db.InboxMessages.AsNoTracking().Where(m => m.State != QueueState.Pending).OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var old = rows.Where(r => r.CreatedAt < now - InboxRetention).Select(r => r.Id).ToList();
            if (old.Count > 0)
            {
                inbox += await db.InboxMessages.Where(m => old.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (old.Count < Batch)
            {
                break;
            }
        }

        while (true)
        {
            var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.State == QueueState.Done).OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.DeliveredAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var old = rows.Where(r => r.DeliveredAt < now - OutboxRetention).Select(r => r.Id).ToList();
            if (old.Count > 0)
            {
                outbox += await db.OutboxMessages.Where(m => old.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (old.Count < Batch)
            {
                break;
            }
        }

        LogCleaned(inbox, outbox);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping removed {Inbox} handled callbacks and {Outbox} delivered messages")]
    private partial void LogCleaned(int inbox, int outbox);
}
