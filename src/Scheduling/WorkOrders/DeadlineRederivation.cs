using BuildingBot.Community.WorkOrders;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.WorkOrders;

/// <summary>
/// At start-up, rebuilds the deadline jobs from the orders' state (the database is the source of
/// truth, so an emptied job store loses no escalation; duplicates are harmless because each checkpoint
/// acts once).
/// </summary>
public sealed partial class DeadlineRederivation(
    IServiceScopeFactory scopes, IBackgroundJobClient jobs, TimeProvider clock, ILogger<DeadlineRederivation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<WorkOrderDeadlines>().PendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var checkpoint in pending)
        {
            DeadlineScheduler.Schedule(jobs, clock, checkpoint);
        }

        LogRederived(pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Count} work-order checkpoints from the database")]
    private partial void LogRederived(int count);
}
