using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;
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

    /// <summary>A where-answer names a building of the compound (and, when it names a room, one the building has).</summary>
    public static async Task<bool> ValidateAsync(PromptValidatorContext<string> check, Recognizer recognizer, CommunityDbContext db)
    {
        var address = recognizer.Recognize(check.Value).Address;
        if (address?.Building is not { } code)
        {
            check.RefusalMessage = "请告诉我楼栋号，例如“3幢”。";
            return false;
        }

        var near = check.Turn.Identity.GroupBuildingId ?? check.Turn.Identity.HomeBuildingId;
        if (await ReportPlaces.FindAsync(db, code, near, check.Turn.CancellationToken).ConfigureAwait(false) is not { } building)
        {
            return false;
        }

        if (address.Room is { } room && !await ReportPlaces.RoomExistsAsync(db, building.Id, address.Unit, room, check.Turn.CancellationToken).ConfigureAwait(false))
        {
            check.RefusalMessage = $"{building.Name}没有“{address}”这个房号，请核对，或只说楼栋，例如“{building.Name}”。";
            return false;
        }

        return true;
    }
}
