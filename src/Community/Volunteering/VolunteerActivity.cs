using BuildingBot.Community.Configuration;

namespace BuildingBot.Community.Volunteering;

/// <summary>
/// A recurring volunteer activity such as 紅色星期天 (RedSunday): when (cron in <see cref="TimeZone"/>, the community's, minus
/// skipped dates), where, how many volunteers, whom it targets. The row is the schedule's source of truth.
/// </summary>
public sealed class VolunteerActivity
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Place { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>Five-field cron of the start time, e.g. <c>0 9 * * 0</c> (every Sunday 09:00) or <c>0 9 1-7 * 0</c> (first Sunday).</summary>
    public required string Cron { get; set; }

    public string TimeZone { get; set; } = CommunityTimeZone.DefaultId;

    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(2);

    public int Capacity { get; set; }

    public ActivityTargetKind TargetKind { get; set; }

    /// <summary>Compound codes, party branch names or buildings (XF01-3), comma-separated.</summary>
    public string TargetCodes { get; set; } = string.Empty;

    /// <summary>在职党员到社区报到: party members are expected to take part.</summary>
    public bool PartyMembersExpected { get; set; }

    /// <summary>Dates without an occurrence (holidays), yyyy-MM-dd, comma-separated, in the activity's time zone.</summary>
    public string SkipDates { get; set; } = string.Empty;

    public TimeSpan AnnounceBefore { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Points credited per hour of the activity to those who checked in.</summary>
    public int PointsPerHour { get; set; } = 10;

    public bool Cancelled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
