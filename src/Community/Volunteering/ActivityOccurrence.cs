namespace BuildingBot.Community.Volunteering;

/// <summary>One date of an activity; (activity, start) is unique, so two processes never make two rows for it.</summary>
public sealed class ActivityOccurrence
{
    public int Id { get; set; }

    public int ActivityId { get; set; }

    public VolunteerActivity? Activity { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>Scanned as a QR code (or typed after 签到) to check in to this occurrence.</summary>
    public required string CheckInCode { get; set; }

    /// <summary>Next sign-up's place in line; bumped with every sign-up, which also serialises concurrent sign-ups.</summary>
    public int NextSequence { get; set; } = 1;

    public DateTimeOffset? AnnouncedAt { get; set; }

    public DateTimeOffset? SummarizedAt { get; set; }

    /// <summary>When the 24-hour reminder's moment was dealt with (sent, or skipped because it had passed).</summary>
    public DateTimeOffset? DayReminderAt { get; set; }

    /// <summary>When the 1-hour reminder's moment was dealt with (sent, or skipped because the activity had begun).</summary>
    public DateTimeOffset? HourReminderAt { get; set; }

    /// <summary>Optimistic concurrency for sign-ups and cancellations.</summary>
    public int Revision { get; set; }

    public List<VolunteerSignUp> SignUps { get; } = [];
}
