using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Volunteering;

/// <summary>
/// 积分榜: volunteer points per building and per resident (display names only, never phones), optionally of one grid's
/// buildings, highest first. Residents without a household count under no building.
/// </summary>
public sealed class VolunteerLeaderboard(CommunityDbContext db)
{
    public sealed record Row(string Name, string? Building, int Points, double Hours, int Times);

    public async Task<(IReadOnlyList<Row> Buildings, IReadOnlyList<Row> Residents)> TopAsync(int? gridId, int take, CancellationToken cancellationToken)
    {
        var credits = db.VolunteerCredits.AsNoTracking();
        if (gridId is { } grid)
        {
            credits = credits.Where(c => c.Resident!.Household!.Unit!.Building!.GridId == grid);
        }

        var rows = await credits.Select(c => new
            {
                c.ResidentId, c.Resident!.DisplayName, c.Points, c.Hours,
                Building = c.Resident.Household == null ? null : c.Resident.Household.Unit!.Building!.Compound!.Name + c.Resident.Household.Unit.Building.Name,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var buildings = rows.Where(r => r.Building is not null).GroupBy(r => r.Building!)
            .Select(g => new Row(g.Key, g.Key, g.Sum(r => r.Points), g.Sum(r => r.Hours), g.Count()))
            .OrderByDescending(r => r.Points).ThenBy(r => r.Name, StringComparer.Ordinal).Take(take).ToList();
        var residents = rows.GroupBy(r => r.ResidentId)
            .Select(g => new Row(g.First().DisplayName, g.First().Building, g.Sum(r => r.Points), g.Sum(r => r.Hours), g.Count()))
            .OrderByDescending(r => r.Points).ThenBy(r => r.Name, StringComparer.Ordinal).Take(take).ToList();
        return (buildings, residents);
    }
}
