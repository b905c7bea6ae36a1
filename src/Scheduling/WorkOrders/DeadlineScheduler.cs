using BuildingBot.Community.WorkOrders;
using Hangfire;
using Microsoft.Extensions.Options;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// Schedules the delayed jobs of an order's current phase whenever its timeline moves (a new phase
/// means new checkpoint keys; the old phase's jobs find nothing to do).
/// </summary>
public sealed class DeadlineScheduler(IOptions<WorkOrderOptions> options, IBackgroundJobClient jobs, TimeProvider clock) : IWorkOrderEventSink
{
    private static readonly HashSet<WorkOrderEventKind> PhaseChanges =
    [
        WorkOrderEventKind.Assigned, WorkOrderEventKind.Accepted, WorkOrderEventKind.Transferred, WorkOrderEventKind.Returned,
        WorkOrderEventKind.Resolved, WorkOrderEventKind.Reopened,
    ];

    public Task PublishAsync(WorkOrder order, IReadOnlyList<WorkOrderEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Any(e => PhaseChanges.Contains(e.Kind)))
        {
            foreach (var checkpoint in Checkpoint.Of(order, options.Value))
            {
                Schedule(jobs, clock, checkpoint);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A delayed job at the checkpoint's moment, measured on our clock (at once when overdue).</summary>
    internal static void Schedule(IBackgroundJobClient jobs, TimeProvider clock, Checkpoint checkpoint)
    {
        var delay = checkpoint.At - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            jobs.Enqueue<WorkOrderDeadlineJob>(job => job.RunAsync(checkpoint.WorkOrderId, checkpoint.Key, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<WorkOrderDeadlineJob>(job => job.RunAsync(checkpoint.WorkOrderId, checkpoint.Key, CancellationToken.None), delay);
        }
    }
}
