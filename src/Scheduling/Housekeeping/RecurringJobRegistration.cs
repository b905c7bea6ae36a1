using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Policies;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace BuildingBot.Scheduling.Housekeeping;

/// <summary>
/// Registers the fixed recurring jobs at start-up: the minutely sweep that tells again what a failure left
/// untold (policy changes), the daily housekeeping at 03:30 in the community's time zone and the
/// trimming of unresolved messages at 03:45.
/// </summary>
public sealed class RecurringJobRegistration(IRecurringJobManager recurring, CommunityTimeZone timeZone) : IHostedService
{
    public const string PolicySweepJobId = "policies:notification-sweep";
    public const string HousekeepingJobId = "housekeeping";
    public const string UnresolvedMessagesJobId = "housekeeping:unresolved-messages";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<PolicyPushNotifier>(PolicySweepJobId, notifier => notifier.SweepAsync(CancellationToken.None), Cron.Minutely);
        var local = new RecurringJobOptions { TimeZone = timeZone.Zone };
        recurring.AddOrUpdate<HousekeepingJob>(HousekeepingJobId, job => job.RunAsync(CancellationToken.None), "30 3 * * *", local);
        recurring.AddOrUpdate<UnresolvedMessagesJob>(UnresolvedMessagesJobId, job => job.RunAsync(CancellationToken.None), "45 3 * * *", local);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
