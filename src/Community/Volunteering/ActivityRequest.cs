namespace BuildingBot.Community.Volunteering;

/// <summary>What an admin gives to create or change an activity.</summary>
public sealed record ActivityRequest
{
    public string? Title { get; init; }

    public string? Place { get; init; }

    public string? Description { get; init; }

    public string? Cron { get; init; }

    public double DurationHours { get; init; } = 2;

    public int Capacity { get; init; }

    public ActivityTargetKind Targets { get; init; }

    public string? Codes { get; init; }

    public bool PartyMembersExpected { get; init; }

    public string? SkipDates { get; init; }

    public double AnnounceDaysBefore { get; init; } = 3;

    public int PointsPerHour { get; init; } = 10;
}
