using BuildingBot.Community.Places;

namespace BuildingBot.Community.Care;

/// <summary>A care tag on a household, since when (a household never visited is due from that day).</summary>
public sealed class HouseholdCareTag
{
    public int HouseholdId { get; set; }

    public Household? Household { get; set; }

    public int CareTagId { get; set; }

    public CareTag? CareTag { get; set; }

    public DateTimeOffset TaggedAt { get; set; }
}
