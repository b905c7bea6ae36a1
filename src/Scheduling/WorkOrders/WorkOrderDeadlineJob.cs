using BuildingBot.Community.WorkOrders;
using Hangfire;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// A Hangfire delayed job for one checkpoint of one order (ids in, the domain does the work). When the
/// clock says it is early (clocks differ between machines), it schedules itself again for the moment.
/// </summary>
public sealed class WorkOrderDeadlineJob(WorkOrderDeadlines deadlines, IBackgroundJobClient jobs, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(int orderId, string checkpointKey, CancellationToken cancellationToken)
    {
        if (await deadlines.RunAsync(orderId, checkpointKey, cancellationToken).ConfigureAwait(false) is { } notYet)
        {
            DeadlineScheduler.Schedule(jobs, clock, new Checkpoint(orderId, CheckpointKind.Remind, notYet, checkpointKey));
        }
    }
}
