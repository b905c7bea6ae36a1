using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Orders;

/// <summary>
/// The work-order desk's queue: the orders of the caller's scope in one tab (<see cref="OrderTabs"/>), searched by number,
/// text or building, a page at a time, and how many orders each tab holds (counted in the database).
/// </summary>
public sealed class OrderDeskQuery(CommunityDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The orders a scope may read: its grid's (or, not yet routed, those of its grid's buildings); everything for the community.</summary>
    public static IQueryable<WorkOrder> InScope(IQueryable<WorkOrder> orders, int? gridId) =>
        gridId is null ? orders : orders.Where(o => o.GridId == gridId || (o.GridId == null && o.Building!.GridId == gridId));

    /// <summary>A page of the tab's orders in the scope of <paramref name="gridId"/> (null: the community); "mine" means <paramref name="memberId"/>'s.</summary>
    public async Task<IReadOnlyList<OrderDeskRow>> ListAsync(
        int? gridId, int? memberId, string tab, string? search, int page, CancellationToken cancellationToken)
    {
        var orders = Search(Tab(InScope(db.WorkOrders.AsNoTracking(), gridId), tab, memberId), search);
        var now = clock.GetUtcNow();
        return await orders.OrderByDescending(o => o.EscalationLevel).ThenByDescending(o => o.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(o => new OrderDeskRow(o.Number, o.Status, o.Category, o.Urgency, o.Description, o.Building!.Compound!.Name + o.Building.Name,
                o.Assignee == null ? null : o.Assignee.Name, o.CreatedAt, o.EscalationLevel,
                (o.Status == WorkOrderStatus.Assigned && o.AcceptDueAt < now) || (o.Status == WorkOrderStatus.Accepted && o.ResolveDueAt < now)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many orders of the scope each tab holds.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(
        IEnumerable<string> tabs, int? gridId, int? memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tabs);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tab in tabs)
        {
            counts[tab] = await Tab(InScope(db.WorkOrders.AsNoTracking(), gridId), tab, memberId).CountAsync(cancellationToken);
        }

        return counts;
    }

    private IQueryable<WorkOrder> Tab(IQueryable<WorkOrder> orders, string tab, int? memberId)
    {
        var now = clock.GetUtcNow();
        var open = orders.Where(o => o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted);
        return tab switch
        {
            OrderTabs.Mine => open.Where(o => o.AssigneeId == memberId),
            OrderTabs.Unassigned => orders.Where(o => o.Status == WorkOrderStatus.Submitted),
            OrderTabs.Overdue => orders.Where(o => (o.Status == WorkOrderStatus.Assigned && o.AcceptDueAt < now)
                || (o.Status == WorkOrderStatus.Accepted && o.ResolveDueAt < now)),
            OrderTabs.Escalated => open.Where(o => o.EscalationLevel > 0),
            OrderTabs.Reopened => open.Where(o => o.Events.Any(e => e.Kind == WorkOrderEventKind.Reopened)),
            OrderTabs.AwaitingRating => orders.Where(o => o.Status == WorkOrderStatus.Resolved),
            OrderTabs.All => orders,
            _ => open,
        };
    }

    private static IQueryable<WorkOrder> Search(IQueryable<WorkOrder> orders, string? search)
    {
        var text = search?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return orders;
        }

        var upper = text.ToUpperInvariant();
        return orders.Where(o => o.Number.Contains(upper) || o.Description.Contains(text)
            || (o.Building!.Compound!.Name + o.Building.Name).Contains(text) || o.Building.Name == text);
    }
}
