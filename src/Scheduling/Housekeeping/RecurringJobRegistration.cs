using BuildingBot.Community.Configuration;
using BuildingBot.Scheduling.Governance;
using BuildingBot.Scheduling.Care;
using BuildingBot.Scheduling.MutualHelp;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace BuildingBot.Scheduling.Housekeeping;

/// <summary>
/// Registers the fixed recurring jobs at start-up — the daily housekeeping at 03:30 in the community's time zone and the
/// trimming of unresolved messages at 03:45, the grid members' visit lists at 07:30, the reminders of open owners' votes at
/// 10:00, the closing of votes past their deadline every five minutes, the 邻里互助 sweep every 15 minutes — and removes
/// the policy sweep of earlier versions, which a persistent job store would keep calling.
/// </summary>
public sealed class RecurringJobRegistration(IRecurringJobManager recurring, CommunityTimeZone timeZone) : IHostedService
{
    /// <summary>A job of earlier versions (policy changes are now told in the save that makes them).</summary>
    public const string RetiredPolicySweepJobId = "policies:notification-sweep";

    public const string HousekeepingJobId = "housekeeping";
    public const string UnresolvedMessagesJobId = "housekeeping:unresolved-messages";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.RemoveIfExists(RetiredPolicySweepJobId);
        var local = new RecurringJobOptions { TimeZone = timeZone.Zone };
        recurring.AddOrUpdate<HousekeepingJob>(HousekeepingJobId, job => job.RunAsync(CancellationToken.None), "30 3 * * *", local);
        recurring.AddOrUpdate<UnresolvedMessagesJob>(UnresolvedMessagesJobId, job => job.RunAsync(CancellationToken.None), "45 3 * * *", local);
        recurring.AddOrUpdate<VoteReminderJob>(VoteReminderJob.JobId, job => job.RunAsync(CancellationToken.None), VoteReminderJob.Cron, local);
        recurring.AddOrUpdate<VoteCloseJob>(VoteCloseJob.JobId, job => job.RunAsync(CancellationToken.None), VoteCloseJob.Cron, local);
        recurring.AddOrUpdate<VisitListJob>(VisitListJob.JobId, job => job.RunAsync(CancellationToken.None), VisitListJob.Cron, local);
        recurring.AddOrUpdate<HelpSweepJob>(HelpSweepJob.JobId, job => job.RunAsync(CancellationToken.None), HelpSweepJob.Cron, local);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
