using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Care;

/// <summary>走访覆盖: per grid (one grid, or every grid), how the visit plan stands today.</summary>
public sealed class VisitCoverage(CommunityDbContext db, VisitPlanner planner, CommunityTimeZone zone)
{
    public async Task<IReadOnlyList<GridCoverage>> ComputeAsync(int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = zone.Today(now);
        var plan = (await planner.PlanAsync(gridId, cancellationToken).ConfigureAwait(false)).ToLookup(v => v.GridId);
        var grids = await db.Grids.AsNoTracking().Where(g => gridId == null || g.Id == gridId).OrderBy(g => g.Code)
            .Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return grids.Select(g =>
        {
            var mine = plan[g.Id].ToList();
            return new GridCoverage(g.Id, g.Name, mine.Count, mine.Count(v => !v.IsDue(today)), mine.Count(v => v.DueOn == today),
                mine.Count(v => v.IsOverdue(today)));
        }).ToList();
    }
}
