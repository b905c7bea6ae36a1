using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.WorkOrders;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace BuildingBot.Scheduling.Housekeeping;

/// <summary>
/// Registers the fixed recurring jobs at start-up: the minutely sweeps that tell again what a failure left
/// untold (work-order events, policy changes) and the daily housekeeping at 03:30 Shanghai time.
/// </summary>
public sealed class RecurringJobRegistration(IRecurringJobManager recurring, CommunityTimeZone timeZone) : IHostedService
{
    public const string WorkOrderSweepJobId = "work-orders:notification-sweep";
    public const string PolicySweepJobId = "policies:notification-sweep";
    public const string HousekeepingJobId = "housekeeping";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<WorkOrderNotifier>(WorkOrderSweepJobId, notifier => notifier.SweepAsync(CancellationToken.None), Cron.Minutely);
        recurring.AddOrUpdate<PolicyPushNotifier>(PolicySweepJobId, notifier => notifier.SweepAsync(CancellationToken.None), Cron.Minutely);
        recurring.AddOrUpdate<HousekeepingJob>(HousekeepingJobId, job => job.RunAsync(CancellationToken.None), "30 3 * * *",
            new RecurringJobOptions { TimeZone = timeZone.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
