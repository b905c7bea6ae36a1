using BuildingBot.Community.Configuration;

namespace BuildingBot.Community.Broadcasts;

/// <summary>
/// 通知 / 群发: a message to building groups, now, at a time, or on a cron schedule (in the community's time zone, <c>Community:TimeZone</c>, stamped at creation).
/// The row is the schedule's source of truth; Hangfire only executes it.
/// </summary>
public sealed class Broadcast
{
    public const int MaxTextLength = 2000;

    /// <summary>WeCom refuses a text message whose content is longer than this many UTF-8 bytes (a Chinese character is 3).</summary>
    public const int MaxTextBytes = 2048;

    public int Id { get; set; }

    /// <summary>For admins' lists; residents read <see cref="Text"/>.</summary>
    public required string Title { get; set; }

    public required string Text { get; set; }

    public bool IsMarkdown { get; set; }

    public string? ImageUrl { get; set; }

    public BroadcastTargetKind TargetKind { get; set; }

    /// <summary>Compound codes (XF01), grid codes (G01) or buildings (XF01-3), comma-separated; empty for everyone.</summary>
    public string TargetCodes { get; set; } = string.Empty;

    /// <summary>A one-off broadcast's moment.</summary>
    public DateTimeOffset? SendAt { get; set; }

    /// <summary>A recurring broadcast's cron expression (five fields), in <see cref="TimeZone"/>.</summary>
    public string? Cron { get; set; }

    public string TimeZone { get; set; } = CommunityTimeZone.DefaultId;

    public BroadcastStatus Status { get; set; }

    /// <summary>The last occurrence handled (sent or skipped as missed); occurrences after it are still to come.</summary>
    public DateTimeOffset? LastOccurrenceAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;
}
