using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Map;

/// <summary>
/// The 村情图's figures per building, each counted by one GROUP BY in the database (orders, households, bound residents,
/// groups), never by loading rows: a city's database answers in a handful of aggregate queries. A grid scope sees its grid's buildings only.
/// </summary>
public sealed class CommunityMapQuery(CommunityDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<BuildingTile>> BuildingsAsync(int? gridId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var buildings = db.Buildings.AsNoTracking().Where(b => gridId == null || b.GridId == gridId);
        var places = await buildings.OrderBy(b => b.Compound!.Code).ThenBy(b => b.Code)
            .Select(b => new BuildingTile(b.Id, b.Name, b.CompoundId, b.Compound!.Name, b.Grid == null ? null : b.Grid.Name))
            .ToListAsync(cancellationToken);
        var orders = await db.WorkOrders.AsNoTracking()
            .Where(o => (gridId == null || o.Building!.GridId == gridId)
                && (o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted))
            .GroupBy(o => o.BuildingId)
            .Select(g => new
            {
                g.Key,
                Open = g.Count(),
                Overdue = g.Count(o => (o.Status == WorkOrderStatus.Assigned && o.AcceptDueAt < now) || (o.Status == WorkOrderStatus.Accepted && o.ResolveDueAt < now)),
                Urgent = g.Count(o => o.EscalationLevel > 0 || o.Urgency == Urgency.Emergency),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var households = await db.Households.AsNoTracking().Where(h => gridId == null || h.Unit!.Building!.GridId == gridId)
            .GroupBy(h => h.Unit!.BuildingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var bound = await db.Residents.AsNoTracking()
            .Where(r => r.HouseholdId != null && r.ChannelUserId != null && (gridId == null || r.Household!.Unit!.Building!.GridId == gridId))
            .GroupBy(r => r.Household!.Unit!.BuildingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var groups = (await db.BuildingGroups.AsNoTracking().Where(g => gridId == null || g.Building!.GridId == gridId)
            .Select(g => g.BuildingId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return [.. places.Select(p =>
        {
            var open = orders.GetValueOrDefault(p.Id);
            return p with
            {
                OpenOrders = open?.Open ?? 0, Overdue = open?.Overdue ?? 0, Urgent = open?.Urgent ?? 0,
                Households = households.GetValueOrDefault(p.Id), BoundResidents = bound.GetValueOrDefault(p.Id), GroupBound = groups.Contains(p.Id),
            };
        })];
    }
}
