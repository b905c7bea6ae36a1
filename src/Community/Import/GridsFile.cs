using BuildingBot.Community.Grids;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// grids.csv: community, grid_code, grid_name, compound_code, building_codes. A grid may take
/// several rows, one per compound it covers; building_codes reads "1;2;3", "1、2" or "1-6".
/// </summary>
internal sealed class GridsFile : IRosterFile
{
    public RosterKind Kind => RosterKind.Grids;

    public IReadOnlyList<string> RequiredColumns { get; } =
        ["community", "grid_code", "grid_name", "compound_code", "building_codes"];

    public async Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var index = await BuildingIndex.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var communities = await db.Communities.ToDictionaryAsync(c => c.Name, cancellationToken).ConfigureAwait(false);
        var grids = await db.Grids.ToDictionaryAsync(g => g.Code, cancellationToken).ConfigureAwait(false);
        var claimed = new Dictionary<Building, (string Grid, int Row)>();

        foreach (var row in table.Rows)
        {
            var communityName = row.Required("community");
            var code = row.Required("grid_code", 32);
            var name = row.Required("grid_name");
            var compound = row.Required("compound_code", 32);
            var codesText = row.Required("building_codes", 2000);
            var codes = codesText.Length == 0 ? null : ParseCodes(row, codesText);
            if (communityName.Length == 0 || code.Length == 0 || name.Length == 0 || compound.Length == 0 || codes is null)
            {
                continue;
            }

            if (!communities.TryGetValue(communityName, out var community))
            {
                row.Problem("community", $"{communityName} is not known; import the buildings file first");
                continue;
            }

            if (!grids.TryGetValue(code, out var grid))
            {
                grid = new Grid { Code = code, Name = name, Community = community };
                grids[code] = grid;
                db.Grids.Add(grid);
            }
            else if (grid.CommunityId != community.Id && grid.Community != community)
            {
                row.Problem("grid_code", $"grid {code} belongs to another community");
                continue;
            }

            grid.Name = name;
            foreach (var buildingCode in codes)
            {
                var building = index.Find(compound, buildingCode);
                if (building is null)
                {
                    row.Problem("building_codes", $"building {buildingCode} of compound {compound} is not known");
                }
                else if (claimed.TryGetValue(building, out var other) && other.Grid != code)
                {
                    row.Problem("building_codes", $"building {buildingCode} is already in grid {other.Grid} on row {other.Row}");
                }
                else
                {
                    claimed[building] = (code, row.Number);
                    building.Grid = grid;
                }
            }
        }
    }

    private static IReadOnlyList<string>? ParseCodes(CsvRow row, string text)
    {
        var codes = RosterValues.ParseCodes(text);
        if (codes is null)
        {
            row.Problem("building_codes", "should list building codes such as 1;2;3 or 1-6");
        }

        return codes;
    }
}
