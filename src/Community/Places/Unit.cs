namespace BuildingBot.Community.Places;

/// <summary>单元: a stairwell of a building; a building without units has unit 1.</summary>
public sealed class Unit
{
    public int Id { get; set; }

    public int BuildingId { get; set; }

    public Building? Building { get; set; }

    /// <summary>Unit number within the building (1, 2, ...).</summary>
    public int Number { get; set; }

    public List<Household> Households { get; } = [];
}
