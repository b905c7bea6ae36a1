using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// Counts the open and the overdue work orders every <see cref="Interval"/> for <see cref="WorkOrderMetrics"/>: two
/// counts over the open orders (the status index), never a scan per scrape. Overdue: assigned past the accept
/// deadline, or accepted past the resolve deadline.
/// </summary>
public sealed partial class WorkOrderFigures(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkOrderFigures> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var orders = scope.ServiceProvider.GetRequiredService<CommunityDbContext>().WorkOrders.AsNoTracking();
                var now = clock.GetUtcNow();
                var open = await orders.CountAsync(
                    o => o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted, stoppingToken)
                    .ConfigureAwait(false);
                var overdue = await orders.CountAsync(
                    o => (o.Status == WorkOrderStatus.Assigned && o.AcceptDueAt <= now) || (o.Status == WorkOrderStatus.Accepted && o.ResolveDueAt <= now),
                    stoppingToken).ConfigureAwait(false);
                WorkOrderMetrics.Record(open, overdue);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database is down or migrating; the gauges keep their last figures until the next count.
                LogCountFailed(exception);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting open and overdue work orders for the metrics failed")]
    private partial void LogCountFailed(Exception exception);
}
