using BuildingBot.Community.WorkOrders;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// Every minute, acts on the checkpoints whose moment has come: derived from the orders' own stored due times and
/// timelines, so nothing outside the order's transaction has to be scheduled (a crash right after a save loses no
/// reminder), and once-only because each checkpoint's key goes on the timeline (unique). One run at a time across
/// replicas (a lock in the job storage): after an outage a run can take longer than the minute, and the next one skips
/// instead of racing it for the same checkpoints.
/// </summary>
public sealed partial class WorkOrderDeadlineJob(WorkOrderDeadlines deadlines, JobStorage storage, ILogger<WorkOrderDeadlineJob> logger)
{
    public const string JobId = "work-orders:deadlines";

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs every due checkpoint; one that fails is logged and tried again the next minute. Returns how many acted (0 when
    /// another run still holds the lock).
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable running;
        try
        {
            running = connection.AcquireDistributedLock(JobId, LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            LogStillRunning();
            return 0;
        }

        using (running)
        {
            return await RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The previous work-order deadline run is still going; this one is skipped")]
    private partial void LogStillRunning();

    [LoggerMessage(Level = LogLevel.Error, Message = "Work-order checkpoint {Key} failed; the next run tries again")]
    private partial void LogFailed(Exception exception, string key);
}
