using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Reports;

/// <summary>
/// The 三率 the street office asks for, counted in the database (COUNT and GROUP BY; no order is loaded), for a
/// <see cref="ReportPeriod"/> and a scope (one grid, or null for the whole community). Cancelled (已撤销) orders count
/// in no rate.
/// <list type="bullet">
/// <item><b>及时受理率</b> (timely acceptance) = orders accepted (接单) by their assignee at or before their accept deadline
/// (<see cref="WorkOrder.AcceptedAt"/> ≤ <see cref="WorkOrder.AcceptDueAt"/>) ÷ orders whose accept deadline falls in the period and that either were accepted or
/// have reached that deadline (now ≥ AcceptDueAt). An order is placed in the period by its accept deadline; orders waiting
/// in the community queue have no deadline yet and are not counted.</item>
/// <item><b>按期办结率</b> (on-time resolution) = orders resolved (办结) in the period at or before their resolve deadline
/// (<see cref="WorkOrder.ResolveDueAt"/>) ÷ orders resolved in the period plus unresolved orders whose resolve deadline
/// passed in the period (overdue and still open).</item>
/// <item><b>满意率</b> (satisfaction) = ratings 满意 + 基本满意 given in the period ÷ all ratings given in the period. Every
/// rating counts: a 不满意 that reopened an order stays counted when the order is later rated again. Orders closed
/// unrated are not counted.</item>
/// </list>
/// Volumes are the orders reported (created) in the period, by category and by grid.
/// </summary>
public sealed partial class ServiceRateQuery(CommunityDbContext db, IServiceScopeFactory scopes)
{
    public async Task<ServiceRates> ComputeAsync(ReportPeriod period, int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.From, period.To);
        IQueryable<WorkOrder> Reported(CommunityDbContext context) =>
            gridId is { } grid ? context.WorkOrders.AsNoTracking().Where(o => o.GridId == grid) : context.WorkOrders.AsNoTracking();
        IQueryable<WorkOrder> Counted(CommunityDbContext context) => Reported(context).Where(o => o.Status != WorkOrderStatus.Cancelled);

        // The counts are independent: each runs on a connection of its own, side by side (a city's month is 80,000
        // orders, and one after the other they took half a second).
        var acceptDenominator = SideBySideAsync(c => Counted(c).CountAsync(
            o => o.AcceptDueAt >= from && o.AcceptDueAt < to && (o.AcceptDueAt <= now || o.AcceptedAt != null), cancellationToken));
        var acceptNumerator = SideBySideAsync(c => Counted(c).CountAsync(
            o => o.AcceptDueAt >= from && o.AcceptDueAt < to && o.AcceptedAt <= o.AcceptDueAt, cancellationToken));
        var resolved = SideBySideAsync(c => Counted(c).CountAsync(o => o.ResolvedAt >= from && o.ResolvedAt < to, cancellationToken));
        var resolvedInTime = SideBySideAsync(c => Counted(c).CountAsync(
            o => o.ResolvedAt >= from && o.ResolvedAt < to && o.ResolvedAt <= o.ResolveDueAt, cancellationToken));
        var overdue = SideBySideAsync(c => Counted(c).CountAsync(
            o => o.ResolvedAt == null && o.ResolveDueAt >= from && o.ResolveDueAt < to && o.ResolveDueAt <= now, cancellationToken));

        string[] content = [WorkOrderRating.Satisfied.ToChinese(), WorkOrderRating.FairlySatisfied.ToChinese()];
        IQueryable<WorkOrderEvent> Ratings(CommunityDbContext context)
        {
            var ratings = context.WorkOrderEvents.AsNoTracking().Where(e => e.Kind == WorkOrderEventKind.Rated && e.At >= from && e.At < to);
            return gridId is { } grid ? ratings.Where(e => e.WorkOrder!.GridId == grid) : ratings;
        }

        var rated = SideBySideAsync(c => Ratings(c).CountAsync(cancellationToken));
        var satisfied = SideBySideAsync(c => Ratings(c).CountAsync(e => content.Contains(e.Reason), cancellationToken));

        var byCategoryCounts = SideBySideAsync(c => Reported(c).Where(o => o.CreatedAt >= from && o.CreatedAt < to)
            .GroupBy(o => o.Category).Select(g => new CategoryVolume(g.Key, g.Count())).ToListAsync(cancellationToken));
        var byGridCounts = SideBySideAsync(c => Reported(c).Where(o => o.CreatedAt >= from && o.CreatedAt < to)
            .GroupBy(o => o.GridId).Select(g => new GridCount(g.Key, g.Count())).ToListAsync(cancellationToken));
        await Task.WhenAll(acceptDenominator, acceptNumerator, resolved, resolvedInTime, overdue, rated, satisfied, byCategoryCounts, byGridCounts)
            .ConfigureAwait(false);
        var byCategory = await byCategoryCounts.ConfigureAwait(false);
        var byGridId = await byGridCounts.ConfigureAwait(false);

        var ids = byGridId.Where(g => g.GridId != null).Select(g => g.GridId!.Value).ToList();
        var names = await db.Grids.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken)
            .ConfigureAwait(false);
        var byGrid = byGridId
            .Select(g => new GridVolume(g.GridId, g.GridId is { } id ? names.GetValueOrDefault(id) : null, g.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.GridName, StringComparer.Ordinal).ToList();

        return new ServiceRates(
            new RateFigure(await acceptNumerator.ConfigureAwait(false), await acceptDenominator.ConfigureAwait(false)),
            new RateFigure(await resolvedInTime.ConfigureAwait(false), await resolved.ConfigureAwait(false) + await overdue.ConfigureAwait(false)),
            new RateFigure(await satisfied.ConfigureAwait(false), await rated.ConfigureAwait(false)),
            byCategory.Sum(c => c.Count),
            [.. byCategory.OrderByDescending(c => c.Count).ThenBy(c => c.Category)],
            byGrid);
    }

    /// <summary>Runs one query on a DbContext (and so a connection) of its own, so that several run at once.</summary>
    private async Task<T> SideBySideAsync<T>(Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>()).ConfigureAwait(false);
    }

    private sealed record GridCount(int? GridId, int Count);
}
