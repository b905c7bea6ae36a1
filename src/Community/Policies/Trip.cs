using BuildingBot.Community.People;

namespace BuildingBot.Community.Policies;

/// <summary>出行登记: a resident's trip to a region, so policy changes there reach them before and during it.</summary>
public sealed class Trip
{
    public int Id { get; set; }

    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    public required string RegionCode { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
