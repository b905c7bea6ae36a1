using BuildingBot.Community.Places;

namespace BuildingBot.Community.Party;

/// <summary>小区党支部: one per compound.</summary>
public sealed class PartyBranch
{
    public int Id { get; set; }

    public int CompoundId { get; set; }

    public Compound? Compound { get; set; }

    public required string Name { get; set; }

    public List<PartyGroup> Groups { get; } = [];
}
