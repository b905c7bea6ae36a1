using BuildingBot.Community.Party;

namespace BuildingBot.Community.Places;

/// <summary>小区: a residential compound inside a community.</summary>
public sealed class Compound
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    public Community? Community { get; set; }

    /// <summary>Natural key, unique across the deployment (e.g. XF01).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Building> Buildings { get; } = [];

    public PartyBranch? PartyBranch { get; set; }
}
