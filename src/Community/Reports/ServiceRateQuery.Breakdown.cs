using System.Linq.Expressions;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Reports;

/// <summary>The same 三率 as <see cref="ComputeAsync"/>, counted per grid, per assignee or per category with GROUP BY.</summary>
public sealed partial class ServiceRateQuery
{
    /// <summary>One row per key that has anything counted, in key order; the rows add up to <see cref="ComputeAsync"/>'s figures.</summary>
    public async Task<IReadOnlyList<RateRow>> ComputeByAsync(
        ReportPeriod period, int? gridId, RateBreakdown by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rows = by switch
        {
            RateBreakdown.Grid => await GroupedAsync(period, gridId, o => o.GridId, k => k, now, cancellationToken).ConfigureAwait(false),
            RateBreakdown.Member => await GroupedAsync(period, gridId, o => o.AssigneeId, k => k, now, cancellationToken).ConfigureAwait(false),
            _ => await GroupedAsync(period, gridId, o => o.Category, k => (int)k, now, cancellationToken).ConfigureAwait(false),
        };
        var names = await NamesAsync(by, [.. rows.Select(r => r.Key).OfType<int>()], cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Key ?? int.MaxValue).Select(r => r with { Name = r.Key is { } id ? names.GetValueOrDefault(id) : null })];
    }

    /// <summary>The counts of <see cref="ComputeAsync"/>, each grouped by <paramref name="key"/> in the database.</summary>
    private async Task<List<RateRow>> GroupedAsync<TKey>(
        ReportPeriod period, int? gridId, Expression<Func<WorkOrder, TKey>> key, Func<TKey, int?> number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var orders = db.WorkOrders.AsNoTracking().Where(o => o.Status != WorkOrderStatus.Cancelled);
        var all = db.WorkOrders.AsNoTracking();
        var ratings = db.WorkOrderEvents.AsNoTracking().Where(e => e.Kind == WorkOrderEventKind.Rated && e.At >= from && e.At < to);
        if (gridId is { } grid)
        {
            orders = orders.Where(o => o.GridId == grid);
            all = all.Where(o => o.GridId == grid);
            ratings = ratings.Where(e => e.WorkOrder!.GridId == grid);
        }

        var accepting = await orders.Where(o => o.AcceptDueAt >= from && o.AcceptDueAt < to).GroupBy(key).Select(g => new
        {
            g.Key,
            Denominator = g.Count(o => o.AcceptDueAt <= now || o.AcceptedAt != null),
            Numerator = g.Count(o => o.AcceptedAt <= o.AcceptDueAt),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var resolving = await orders
            .Where(o => (o.ResolvedAt >= from && o.ResolvedAt < to) || (o.ResolvedAt == null && o.ResolveDueAt >= from && o.ResolveDueAt < to && o.ResolveDueAt <= now))
            .GroupBy(key).Select(g => new { g.Key, Denominator = g.Count(), Numerator = g.Count(o => o.ResolvedAt != null && o.ResolvedAt <= o.ResolveDueAt) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        string[] content = [WorkOrderRating.Satisfied.ToChinese(), WorkOrderRating.FairlySatisfied.ToChinese()];
        var rated = await ratings.GroupBy(OfEvent(key)).Select(g => new { g.Key, Denominator = g.Count(), Numerator = g.Count(e => content.Contains(e.Reason)) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reported = await all.Where(o => o.CreatedAt >= from && o.CreatedAt < to).GroupBy(key).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var same = EqualityComparer<TKey>.Default;
        var keys = accepting.Select(a => a.Key).Concat(resolving.Select(r => r.Key)).Concat(rated.Select(r => r.Key)).Concat(reported.Select(r => r.Key)).Distinct();
        return [.. keys.Select(k => new RateRow(
            number(k), null,
            accepting.Where(a => same.Equals(a.Key, k)).Select(a => new RateFigure(a.Numerator, a.Denominator)).FirstOrDefault() ?? new RateFigure(0, 0),
            resolving.Where(r => same.Equals(r.Key, k)).Select(r => new RateFigure(r.Numerator, r.Denominator)).FirstOrDefault() ?? new RateFigure(0, 0),
            rated.Where(r => same.Equals(r.Key, k)).Select(r => new RateFigure(r.Numerator, r.Denominator)).FirstOrDefault() ?? new RateFigure(0, 0),
            reported.Where(r => same.Equals(r.Key, k)).Sum(r => r.Count)))];
    }

    private async Task<Dictionary<int, string>> NamesAsync(RateBreakdown by, List<int> ids, CancellationToken cancellationToken) => by switch
    {
        RateBreakdown.Grid => await db.Grids.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken).ConfigureAwait(false),
        RateBreakdown.Member => await db.GridMembers.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken).ConfigureAwait(false),
        _ => [],
    };

    /// <summary>The order's key as seen from one of its events (e => key(e.WorkOrder)), for grouping ratings.</summary>
    private static Expression<Func<WorkOrderEvent, TKey>> OfEvent<TKey>(Expression<Func<WorkOrder, TKey>> key)
    {
        var e = Expression.Parameter(typeof(WorkOrderEvent), "e");
        var order = Expression.Property(e, nameof(WorkOrderEvent.WorkOrder));
        return Expression.Lambda<Func<WorkOrderEvent, TKey>>(new Replace(key.Parameters[0], order).Visit(key.Body), e);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
