using BuildingBot.Community.WorkOrders;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// Every minute, acts on the checkpoints whose moment has come: derived from the orders' own stored due times and
/// timelines, so nothing outside the order's transaction has to be scheduled (a crash right after a save loses no
/// reminder), and once-only because each checkpoint's key goes on the timeline (unique).
/// </summary>
public sealed partial class WorkOrderDeadlineJob(WorkOrderDeadlines deadlines, ILogger<WorkOrderDeadlineJob> logger)
{
    public const string JobId = "work-orders:deadlines";

    /// <summary>Runs every due checkpoint; one that fails is logged and tried again the next minute. Returns how many acted.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var acted = 0;
        foreach (var checkpoint in await deadlines.DueAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var outcome = await deadlines.RunAsync(checkpoint.WorkOrderId, checkpoint.Key, cancellationToken).ConfigureAwait(false);
                acted += outcome is { Succeeded: true, Replayed: false } ? 1 : 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, checkpoint.Key);
            }
        }

        return acted;
    }

    /// <summary>One checkpoint: the delayed jobs that earlier versions scheduled may still sit in a job store.</summary>
    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(int orderId, string checkpointKey, CancellationToken cancellationToken) =>
        deadlines.RunAsync(orderId, checkpointKey, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work-order checkpoint {Key} failed; the next run tries again")]
    private partial void LogFailed(Exception exception, string key);
}
