using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>Finds the building a report is about: a building code said in the compound of the group (or of the resident's home).</summary>
internal static class ReportPlaces
{
    public static async Task<(int Id, string Name)?> FindAsync(CommunityDbContext db, string code, int? nearBuildingId, CancellationToken cancellationToken)
    {
        var compound = await db.Buildings.AsNoTracking().Where(b => b.Id == nearBuildingId).Select(b => (int?)b.CompoundId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var matches = await db.Buildings.AsNoTracking().Where(b => b.Code == code && (compound == null || b.CompoundId == compound))
            .Select(b => new { b.Id, b.Name, Compound = b.Compound!.Name }).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
        return matches.Count == 1 ? (matches[0].Id, $"{matches[0].Compound}{matches[0].Name}") : null;
    }

    /// <summary>A room said with the report must exist in the building (with the unit, when one was said).</summary>
    public static Task<bool> RoomExistsAsync(CommunityDbContext db, int buildingId, int? unit, string room, CancellationToken cancellationToken) =>
        db.Households.AnyAsync(h => h.Unit!.BuildingId == buildingId && h.Room == room && (unit == null || h.Unit.Number == unit), cancellationToken);

    public static async Task<(int Id, string Name)?> ByIdAsync(CommunityDbContext db, int? buildingId, CancellationToken cancellationToken)
    {
        var found = await db.Buildings.AsNoTracking().Where(b => b.Id == buildingId)
            .Select(b => new { b.Id, b.Name, Compound = b.Compound!.Name }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : (found.Id, $"{found.Compound}{found.Name}");
    }
}
