using BuildingBot.Community.People;

namespace BuildingBot.Community.Places;

/// <summary>户: one flat, identified by its room within a unit and by its 百姓码.</summary>
public sealed class Household
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Room number as written on the door, e.g. "501".</summary>
    public required string Room { get; set; }

    /// <summary>百姓码: stable, random, and unrelated to the room.</summary>
    public HouseholdCode Code { get; set; } = HouseholdCode.New();

    public List<Resident> Residents { get; } = [];
}
