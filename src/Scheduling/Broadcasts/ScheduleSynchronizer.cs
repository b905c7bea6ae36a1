using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Persistence;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Broadcasts;

/// <summary>
/// Makes Hangfire match the database: a recurring job per scheduled recurring broadcast (added or
/// updated), none for anything else (removed), and a delayed job for each scheduled one-off (due ones
/// run at once; the runner decides whether they are still within the misfire window). Runs at start-up
/// and after every change; running it twice is harmless.
/// </summary>
public sealed partial class ScheduleSynchronizer(
    CommunityDbContext db, JobStorage storage, IRecurringJobManager recurring, IBackgroundJobClient jobs, TimeProvider clock,
    ILogger<ScheduleSynchronizer> logger)
{
    private const string Prefix = "broadcast:";

    public static string RecurringId(int broadcastId) => $"{Prefix}{broadcastId}";

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var broadcasts = await db.Broadcasts.AsNoTracking().Where(b => b.Status == BroadcastStatus.Scheduled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var broadcast in broadcasts)
        {
            if (broadcast.Cron is { } cron)
            {
                var id = RecurringId(broadcast.Id);
                wanted.Add(id);
                recurring.AddOrUpdate<BroadcastJob>(id, job => job.RunAsync(broadcast.Id, CancellationToken.None), cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(broadcast.TimeZone) });
            }
            else if (broadcast.SendAt is { } at)
            {
                var delay = at - now;
                jobs.Schedule<BroadcastJob>(job => job.RunAsync(broadcast.Id, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
            }
        }

        using var connection = storage.GetConnection();
        var stale = connection.GetRecurringJobs().Select(j => j.Id)
            .Where(id => id.StartsWith(Prefix, StringComparison.Ordinal) && !wanted.Contains(id)).ToList();
        foreach (var id in stale)
        {
            recurring.RemoveIfExists(id);
        }

        LogSynced(wanted.Count, broadcasts.Count - wanted.Count, stale.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule synchronised: {Recurring} recurring broadcasts, {OneOff} one-off broadcasts pending, {Removed} stale jobs removed")]
    private partial void LogSynced(int recurring, int oneOff, int removed);
}
