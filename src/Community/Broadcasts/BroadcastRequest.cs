namespace BuildingBot.Community.Broadcasts;

/// <summary>What an admin asks for: the message, whom it reaches, and when (neither time nor cron: now).</summary>
public sealed record BroadcastRequest
{
    public string? Title { get; init; }

    public string? Text { get; init; }

    public bool Markdown { get; init; }

    public string? ImageUrl { get; init; }

    public BroadcastTargetKind Targets { get; init; }

    /// <summary>Compound codes, grid codes or buildings (XF01-3), comma-separated; ignored for everyone.</summary>
    public string? Codes { get; init; }

    public DateTimeOffset? SendAt { get; init; }

    public string? Cron { get; init; }
}
