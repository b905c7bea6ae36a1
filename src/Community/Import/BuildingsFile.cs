using BuildingBot.Community.Party;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// buildings.csv: community, compound_code, compound_name, building_code, building_name, units,
/// party_branch, party_group. Creates or updates communities, compounds, buildings with their
/// units, the compound's party branch and the building's party group.
/// </summary>
internal sealed class BuildingsFile : IRosterFile
{
    public RosterKind Kind => RosterKind.Buildings;

    public IReadOnlyList<string> RequiredColumns { get; } =
        ["community", "compound_code", "compound_name", "building_code", "units"];

    public async Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var communities = await db.Communities.ToDictionaryAsync(c => c.Name, cancellationToken).ConfigureAwait(false);
        var compounds = await db.Compounds.Include(c => c.Community).Include(c => c.PartyBranch)
            .ToDictionaryAsync(c => c.Code, cancellationToken).ConfigureAwait(false);

        // Loaded for their side effect: tracked buildings and units fill in compound.Buildings.
        await db.Buildings.Include(b => b.Units).LoadAsync(cancellationToken).ConfigureAwait(false);
        var partyGroups = await db.PartyGroups.ToDictionaryAsync(g => g.BuildingId, cancellationToken).ConfigureAwait(false);
        var seen = new Dictionary<(string, string), int>();

        foreach (var row in table.Rows)
        {
            var communityName = row.Required("community");
            var compoundCode = row.Required("compound_code", 32);
            var compoundName = row.Required("compound_name");
            var buildingCode = row.Required("building_code", 32);
            var units = row.Parse("units", t => RosterValues.ParseNumber(t, 1, 50), "a number of units from 1 to 50");
            var buildingName = row.Optional("building_name") is { Length: > 0 } name ? name : $"{buildingCode}幢";
            var branchName = row.Optional("party_branch");
            var groupName = row.Optional("party_group");
            if (communityName.Length == 0 || compoundCode.Length == 0 || compoundName.Length == 0 || buildingCode.Length == 0 || units is null)
            {
                continue;
            }

            if (seen.TryGetValue((compoundCode, buildingCode), out var first))
            {
                row.Problem("building_code", $"building {buildingCode} of compound {compoundCode} is already on row {first}");
                continue;
            }

            seen[(compoundCode, buildingCode)] = row.Number;
            if (!communities.TryGetValue(communityName, out var community))
            {
                community = new Community { Name = communityName };
                communities[communityName] = community;
                db.Communities.Add(community);
            }

            if (!compounds.TryGetValue(compoundCode, out var compound))
            {
                compound = new Compound { Code = compoundCode, Name = compoundName, Community = community };
                compounds[compoundCode] = compound;
                db.Compounds.Add(compound);
            }
            else if (compound.Community != community)
            {
                row.Problem("compound_code", $"compound {compoundCode} belongs to {compound.Community?.Name}, not {communityName}");
                continue;
            }

            compound.Name = compoundName;
            var building = compound.Buildings.Find(b => b.Code == buildingCode);
            if (building is null)
            {
                building = new Building { Code = buildingCode, Name = buildingName, Compound = compound };
                compound.Buildings.Add(building);
            }

            building.Name = buildingName;
            for (var number = 1; number <= units; number++)
            {
                if (!building.Units.Exists(u => u.Number == number))
                {
                    building.Units.Add(new Unit { Number = number });
                }
            }

            StageParty(row, db, compound, building, branchName, groupName, partyGroups);
        }
    }

    private static void StageParty(
        CsvRow row, CommunityDbContext db, Compound compound, Building building, string branchName, string groupName,
        Dictionary<int, PartyGroup> partyGroups)
    {
        if (branchName.Length > 0)
        {
            compound.PartyBranch ??= new PartyBranch { Name = branchName, Compound = compound };
            compound.PartyBranch.Name = branchName;
        }

        if (groupName.Length == 0)
        {
            return;
        }

        if (compound.PartyBranch is null)
        {
            row.Problem("party_group", "needs the compound's party_branch");
            return;
        }

        var group = building.Id == 0 ? null : partyGroups.GetValueOrDefault(building.Id);
        if (group is null)
        {
            group = new PartyGroup { Name = groupName, Building = building, PartyBranch = compound.PartyBranch };
            db.PartyGroups.Add(group);
        }

        group.Name = groupName;
        group.PartyBranch = compound.PartyBranch;
    }
}
