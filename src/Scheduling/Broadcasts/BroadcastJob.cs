using Hangfire;

namespace BuildingBot.Scheduling.Broadcasts;

/// <summary>The Hangfire job of a broadcast: an id in, the runner does the work.</summary>
public sealed class BroadcastJob(BroadcastRunner runner)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(int broadcastId, CancellationToken cancellationToken) => runner.RunAsync(broadcastId, cancellationToken);
}
