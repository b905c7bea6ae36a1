namespace BuildingBot.Community.Care;

/// <summary>
/// A tagged household's place in the visit plan on a day: when it is due and whether that day has passed. The building's
/// name carries its compound's (幸福家园1幢).
/// </summary>
public sealed record DueVisit(
    int HouseholdId, int GridId, int BuildingId, string BuildingCode, string BuildingName, int Unit, string Room,
    IReadOnlyList<string> Tags, int IntervalDays, DateOnly? LastVisitedOn, DateOnly DueOn)
{
    /// <summary>Due on or before the day.</summary>
    public bool IsDue(DateOnly day) => DueOn <= day;

    /// <summary>Due before the day and not visited since.</summary>
    public bool IsOverdue(DateOnly day) => DueOn < day;
}
