using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>Every building with its compound and units, looked up by (compound code, building code).</summary>
internal sealed class BuildingIndex
{
    private readonly Dictionary<(string Compound, string Building), Building> _buildings;

    private BuildingIndex(Dictionary<(string, string), Building> buildings) => _buildings = buildings;

    public static async Task<BuildingIndex> LoadAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.Include(b => b.Compound).Include(b => b.Units)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new BuildingIndex(buildings.ToDictionary(b => (b.Compound!.Code, b.Code)));
    }

    /// <summary>Finds the building named by the row's compound_code and building_code, or records why not.</summary>
    public Building? Find(CsvRow row, string compoundColumn = "compound_code", string buildingColumn = "building_code")
    {
        var compound = row.Required(compoundColumn, 32);
        var code = row.Required(buildingColumn, 32);
        if (compound.Length == 0 || code.Length == 0)
        {
            return null;
        }

        if (_buildings.TryGetValue((compound, code), out var building))
        {
            return building;
        }

        row.Problem(buildingColumn, $"building {code} of compound {compound} is not known; import it in the buildings file first");
        return null;
    }

    public Building? Find(string compound, string code) => _buildings.GetValueOrDefault((compound, code));
}
