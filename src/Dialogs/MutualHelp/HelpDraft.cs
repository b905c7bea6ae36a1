using BuildingBot.Community.MutualHelp;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>A post being written: what the messages said so far (kept in the dialog's state between prompts).</summary>
public sealed record HelpDraft
{
    public HelpKind Kind { get; init; }

    public int BuildingId { get; init; }

    public string What { get; init; } = string.Empty;

    public string? WhenText { get; init; }

    public DateTimeOffset? When { get; init; }

    public string? Where { get; init; }
}
