using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Reports;

/// <summary>
/// The 三率 the street office asks for, counted in the database (COUNT and GROUP BY; no order is loaded), for a
/// <see cref="ReportPeriod"/> and a scope (one grid, or null for the whole community). Cancelled (已撤销) orders count
/// in no rate.
/// <list type="bullet">
/// <item><b>及时受理率</b> (timely acceptance) = orders accepted (接单) by their assignee at or before their accept deadline
/// (<see cref="WorkOrder.AcceptDueAt"/>) ÷ orders whose accept deadline falls in the period and that either were accepted or
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
public sealed partial class ServiceRateQuery(CommunityDbContext db)
{
    public async Task<ServiceRates> ComputeAsync(ReportPeriod period, int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.From, period.To);
        var orders = db.WorkOrders.AsNoTracking().Where(o => o.Status != WorkOrderStatus.Cancelled);
        if (gridId is { } grid)
        {
            orders = orders.Where(o => o.GridId == grid);
        }

        var accepting = orders.Where(o => o.AcceptDueAt >= from && o.AcceptDueAt < to).Select(o => new
        {
            o.AcceptDueAt,
            Accepted = o.Events.Any(e => e.Kind == WorkOrderEventKind.Accepted && e.ToMemberId == o.AssigneeId),
            InTime = o.Events.Any(e => e.Kind == WorkOrderEventKind.Accepted && e.ToMemberId == o.AssigneeId && e.At <= o.AcceptDueAt),
        });
        // The deadline first: PostgreSQL stops at the first true operand, so only orders still before their deadline
        // look their acceptance up (for a past period, none do).
        var acceptDenominator = await accepting.CountAsync(a => a.AcceptDueAt <= now || a.Accepted, cancellationToken).ConfigureAwait(false);
        var acceptNumerator = await accepting.CountAsync(a => a.InTime, cancellationToken).ConfigureAwait(false);

        // Pairs of counts over the same rows are read in one pass: a city's month is 80,000 orders.
        var resolution = await orders.Where(o => o.ResolvedAt >= from && o.ResolvedAt < to).GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), InTime = g.Count(o => o.ResolvedAt <= o.ResolveDueAt) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var (resolved, resolvedInTime) = (resolution?.All ?? 0, resolution?.InTime ?? 0);
        var overdue = await orders.CountAsync(
            o => o.ResolvedAt == null && o.ResolveDueAt >= from && o.ResolveDueAt < to && o.ResolveDueAt <= now, cancellationToken).ConfigureAwait(false);

        var ratings = db.WorkOrderEvents.AsNoTracking().Where(e => e.Kind == WorkOrderEventKind.Rated && e.At >= from && e.At < to);
        if (gridId is { } ratedGrid)
        {
            ratings = ratings.Where(e => e.WorkOrder!.GridId == ratedGrid);
        }

        string[] content = [WorkOrderRating.Satisfied.ToChinese(), WorkOrderRating.FairlySatisfied.ToChinese()];
        var rating = await ratings.GroupBy(_ => 1).Select(g => new { All = g.Count(), Content = g.Count(e => content.Contains(e.Reason)) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var (rated, satisfied) = (rating?.All ?? 0, rating?.Content ?? 0);

        var reported = db.WorkOrders.AsNoTracking().Where(o => o.CreatedAt >= from && o.CreatedAt < to);
        if (gridId is { } reportedGrid)
        {
            reported = reported.Where(o => o.GridId == reportedGrid);
        }

        var byCategory = await reported.GroupBy(o => o.Category).Select(g => new CategoryVolume(g.Key, g.Count()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byGridId = await reported.GroupBy(o => o.GridId).Select(g => new { GridId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = byGridId.Where(g => g.GridId != null).Select(g => g.GridId!.Value).ToList();
        var names = await db.Grids.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken)
            .ConfigureAwait(false);
        var byGrid = byGridId
            .Select(g => new GridVolume(g.GridId, g.GridId is { } id ? names.GetValueOrDefault(id) : null, g.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.GridName, StringComparer.Ordinal).ToList();

        return new ServiceRates(
            new RateFigure(acceptNumerator, acceptDenominator),
            new RateFigure(resolvedInTime, resolved + overdue),
            new RateFigure(satisfied, rated),
            byCategory.Sum(c => c.Count),
            [.. byCategory.OrderByDescending(c => c.Count).ThenBy(c => c.Category)],
            byGrid);
    }
}
