using Hangfire;

namespace BuildingBot.Scheduling.Volunteering;

/// <summary>The recurring Hangfire job of an activity: an id in, the runner does the work.</summary>
public sealed class ActivityJob(ActivityRunner runner)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task RunAsync(int activityId, CancellationToken cancellationToken) => runner.RunAsync(activityId, cancellationToken);
}
