using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.Grids;

/// <summary>网格: a set of buildings looked after by a team of grid members.</summary>
public sealed class Grid
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    public Community? Community { get; set; }

    /// <summary>Natural key, unique across the deployment (e.g. G01).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Building> Buildings { get; } = [];

    public List<GridMember> Members { get; } = [];
}
