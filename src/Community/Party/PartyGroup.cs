using BuildingBot.Community.Places;

namespace BuildingBot.Community.Party;

/// <summary>楼栋党小组: one per building, under the compound's branch.</summary>
public sealed class PartyGroup
{
    public int Id { get; set; }

    public int PartyBranchId { get; set; }

    public PartyBranch? PartyBranch { get; set; }

    public int BuildingId { get; set; }

    public Building? Building { get; set; }

    public required string Name { get; set; }
}
