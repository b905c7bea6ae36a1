namespace BuildingBot.Community.MutualHelp;

/// <summary>举报: a resident of the compound reports a post; it is hidden at once and waits for staff review.</summary>
public sealed class HelpReport
{
    public const int MaxReasonLength = 200;

    public int Id { get; set; }

    public int PostId { get; set; }

    public int ResidentId { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>When staff restored or removed the post.</summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }
}
