using Hangfire;
using Microsoft.Extensions.Hosting;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// Registers the minutely deadline job at start-up and removes the work-order jobs this version no longer has (the
/// notification sweep: messages are now written with the change), which a persistent job store would keep calling.
/// </summary>
public sealed class WorkOrderJobRegistration(IRecurringJobManager recurring) : IHostedService
{
    /// <summary>The retired notification sweep.</summary>
    public const string RetiredSweepJobId = "work-orders:notification-sweep";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.RemoveIfExists(RetiredSweepJobId);
        recurring.AddOrUpdate<WorkOrderDeadlineJob>(WorkOrderDeadlineJob.JobId, job => job.RunDueAsync(CancellationToken.None), Cron.Minutely);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
