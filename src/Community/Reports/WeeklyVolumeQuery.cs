using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Reports;

/// <summary>
/// Orders reported (created) per local week (Monday to Sunday in the community time zone) of a <see cref="ReportPeriod"/>, in a
/// scope (one grid, or null for the community) — the same orders as <see cref="ServiceRates.Reported"/>. Weeks without orders count 0.
/// </summary>
public sealed class WeeklyVolumeQuery(CommunityDbContext db, CommunityTimeZone zone)
{
    public async Task<IReadOnlyList<WeekVolume>> ComputeAsync(ReportPeriod period, int? gridId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var reported = db.WorkOrders.AsNoTracking().Where(o => o.CreatedAt >= period.From && o.CreatedAt < period.To);
        if (gridId is { } grid)
        {
            reported = reported.Where(o => o.GridId == grid);
        }

        var created = await reported.Select(o => o.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = created.GroupBy(at => Monday(zone.Today(at))).ToDictionary(g => g.Key, g => g.Count());
        var weeks = new List<WeekVolume>();
        for (var monday = Monday(period.FirstDay); monday <= period.LastDay; monday = monday.AddDays(7))
        {
            weeks.Add(new WeekVolume(monday, counts.GetValueOrDefault(monday)));
        }

        return weeks;
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
