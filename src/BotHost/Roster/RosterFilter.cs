using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Roster;

/// <summary>
/// The search of the admin roster: <c>q</c> (part of a name, a room, a building's or a compound's name), <c>compound</c>
/// (a compound code) and <c>building</c> (a building code), all optional, as the roster import names them.
/// </summary>
internal sealed record RosterFilter(string? Text, string? Compound, string? Building)
{
    private const int MaxLength = 50;

    /// <summary>The filter, or problems in English (too long, an unknown compound or building).</summary>
    public static async Task<(RosterFilter Filter, List<string> Problems)> ReadAsync(
        string? q, string? compound, string? building, CommunityDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (text, compoundCode, buildingCode) = (Trimmed(q), Trimmed(compound), Trimmed(building));
        var problems = new List<string>();
        foreach (var (name, value) in new[] { ("q", text), ("compound", compoundCode), ("building", buildingCode) })
        {
            if (value is { Length: > MaxLength })
            {
                problems.Add($"{name} is at most {MaxLength} characters.");
            }
        }

        if (problems.Count == 0 && compoundCode is not null && !await db.Compounds.AnyAsync(c => c.Code == compoundCode, ct))
        {
            problems.Add($"compound '{compoundCode}' is not a known compound code.");
        }
        else if (problems.Count == 0 && buildingCode is not null
                 && !await db.Buildings.AnyAsync(b => b.Code == buildingCode && (compoundCode == null || b.Compound!.Code == compoundCode), ct))
        {
            problems.Add(compoundCode is null
                ? $"building '{buildingCode}' is not a known building code."
                : $"building '{buildingCode}' is not a building of compound '{compoundCode}'.");
        }

        return (new RosterFilter(text, compoundCode, buildingCode), problems);
    }

    public IQueryable<Resident> Apply(IQueryable<Resident> residents)
    {
        ArgumentNullException.ThrowIfNull(residents);
        if (Compound is { } compound)
        {
            residents = residents.Where(r => r.Household!.Unit!.Building!.Compound!.Code == compound);
        }

        if (Building is { } building)
        {
            residents = residents.Where(r => r.Household!.Unit!.Building!.Code == building);
        }

        return Text is { } q
            ? residents.Where(r => r.DisplayName.Contains(q) || r.Household!.Room.Contains(q)
                || r.Household.Unit!.Building!.Name.Contains(q) || r.Household.Unit.Building.Compound!.Name.Contains(q))
            : residents;
    }

    public IQueryable<Household> Apply(IQueryable<Household> households)
    {
        ArgumentNullException.ThrowIfNull(households);
        if (Compound is { } compound)
        {
            households = households.Where(h => h.Unit!.Building!.Compound!.Code == compound);
        }

        if (Building is { } building)
        {
            households = households.Where(h => h.Unit!.Building!.Code == building);
        }

        return Text is { } q
            ? households.Where(h => h.Room.Contains(q) || h.Unit!.Building!.Name.Contains(q) || h.Unit.Building.Compound!.Name.Contains(q)
                || h.Residents.Any(r => r.DisplayName.Contains(q)))
            : households;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
