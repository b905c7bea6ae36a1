using BuildingBot.Community.Places;

namespace BuildingBot.Community;

/// <summary>社区: the top of the organisation, holding compounds and grids.</summary>
public sealed class Community
{
    public int Id { get; set; }

    /// <summary>Unique name, e.g. 幸福里社区.</summary>
    public required string Name { get; set; }

    public List<Compound> Compounds { get; } = [];
}
