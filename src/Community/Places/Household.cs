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

    /// <summary>建筑面积 in m², from the roster; owners' votes count by area as well as by number.</summary>
    public decimal? FloorArea { get; set; }

    public List<Resident> Residents { get; } = [];
}
