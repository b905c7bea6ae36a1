namespace BuildingBot.Community.Households;

/// <summary>A household found by address or code, with the names people recognise.</summary>
public sealed record HouseholdMatch(int HouseholdId, string CompoundName, string BuildingName, int Unit, string Room)
{
    /// <summary>幸福家园3幢2单元501 — personal: show it only in a private chat.</summary>
    public string Describe() => $"{CompoundName}{BuildingName}{Unit}单元{Room}";
}
