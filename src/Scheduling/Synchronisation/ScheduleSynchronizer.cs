using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Persistence;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.Scheduling.Synchronisation;
using BuildingBot.Scheduling.Volunteering;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Synchronisation;

/// <summary>
/// Makes Hangfire match the database: a recurring job per active volunteer activity (every minute; the
/// runner decides what is due) and per scheduled recurring broadcast (its cron), none for anything else
/// (removed), and a delayed job for each scheduled one-off broadcast (due ones run at once; the runner
/// decides whether they are still within the misfire window). Runs at start-up and after every change;
/// running it twice is harmless.
/// </summary>
public sealed partial class ScheduleSynchronizer(
    CommunityDbContext db, JobStorage storage, IRecurringJobManager recurring, IBackgroundJobClient jobs, TimeProvider clock,
    ILogger<ScheduleSynchronizer> logger)
{
    private const string BroadcastPrefix = "broadcast:";
    private const string ActivityPrefix = "activity:";

    public static string RecurringId(int broadcastId) => $"{BroadcastPrefix}{broadcastId}";

    public static string ActivityJobId(int activityId) => $"{ActivityPrefix}{activityId}";

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var broadcasts = await db.Broadcasts.AsNoTracking().Where(b => b.Status == BroadcastStatus.Scheduled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var activities = await db.VolunteerActivities.AsNoTracking().Where(a => !a.Cancelled).Select(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var activity in activities)
        {
            var id = ActivityJobId(activity);
            wanted.Add(id);
            recurring.AddOrUpdate<ActivityJob>(id, job => job.RunAsync(activity, CancellationToken.None), Cron.Minutely);
        }

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
                if (delay <= TimeSpan.Zero)
                {
                    // Due now (or missed): straight to the queue, not via the scheduler's polling.
                    jobs.Enqueue<BroadcastJob>(job => job.RunAsync(broadcast.Id, CancellationToken.None));
                }
                else
                {
                    jobs.Schedule<BroadcastJob>(job => job.RunAsync(broadcast.Id, CancellationToken.None), delay);
                }
            }
        }

        using var connection = storage.GetConnection();
        var stale = connection.GetRecurringJobs().Select(j => j.Id)
            .Where(id => (id.StartsWith(BroadcastPrefix, StringComparison.Ordinal) || id.StartsWith(ActivityPrefix, StringComparison.Ordinal))
                && !wanted.Contains(id)).ToList();
        foreach (var id in stale)
        {
            recurring.RemoveIfExists(id);
        }

        LogSynced(activities.Count, wanted.Count - activities.Count, broadcasts.Count - (wanted.Count - activities.Count), stale.Count);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Schedule synchronised: {Activities} activities, {Recurring} recurring broadcasts, {OneOff} one-off broadcasts pending, {Removed} stale jobs removed")]
    private partial void LogSynced(int activities, int recurring, int oneOff, int removed);
}
