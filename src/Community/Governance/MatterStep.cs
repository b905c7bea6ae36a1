namespace BuildingBot.Community.Governance;

/// <summary>One stage of a matter as it happened: when, the minutes, attachments and what it decided.</summary>
public sealed class MatterStep
{
    public const int MaxMinutesLength = 2000;

    public int Id { get; set; }

    public int MatterId { get; set; }

    public MatterStage Stage { get; set; }

    /// <summary>The day the stage met or the suggestion came in.</summary>
    public DateOnly Date { get; set; }

    public string Minutes { get; set; } = string.Empty;

    /// <summary>Attachment names or links, one a line.</summary>
    public string Attachments { get; set; } = string.Empty;

    public StageOutcome Outcome { get; set; }

    /// <summary>The new text when amended, the reason when rejected.</summary>
    public string? Note { get; set; }

    /// <summary>Who recorded it (staff name, or the resident for a suggestion).</summary>
    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}
