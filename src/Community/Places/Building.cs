using BuildingBot.Community.Grids;

namespace BuildingBot.Community.Places;

/// <summary>楼栋: a building in a compound, split into units.</summary>
public sealed class Building
{
    public int Id { get; set; }

    public int CompoundId { get; set; }

    public Compound? Compound { get; set; }

    /// <summary>Natural key within the compound, e.g. "3".</summary>
    public required string Code { get; set; }

    /// <summary>Display name, e.g. 3幢.</summary>
    public required string Name { get; set; }

    /// <summary>The grid that covers this building, if any.</summary>
    public int? GridId { get; set; }

    public Grid? Grid { get; set; }

    public List<Unit> Units { get; } = [];
}
