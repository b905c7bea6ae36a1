using BuildingBot.Community.Events;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.Governance;

/// <summary>
/// 议题: a decision of a compound under 五议两公开一备案. It moves 建议 → 提议 → 商议 → 审议 → 决议 (the owners' vote),
/// each stage recorded with its date, minutes and outcome; a rejection stops it. Then 两公开 (the resolution, later the
/// implementation result) and 一备案 (filed with the community). Each change either raises <see cref="MatterChanged"/>
/// or returns a <see cref="MatterRefusal"/> and changes nothing.
/// </summary>
public sealed partial class Matter : AggregateRoot
{
    public const int MaxTextLength = 1000;
    public const int MaxTitleLength = 50;

    public int Id { get; set; }

    public int CompoundId { get; set; }

    public Compound? Compound { get; set; }

    /// <summary>{compound code}-YT{NNN}, e.g. XF01-YT003; unique.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The matter as currently worded (an amendment replaces it).</summary>
    public required string Text { get; set; }

    public MatterKind Kind { get; set; }

    public MatterStage Stage { get; set; }

    public MatterStatus Status { get; set; }

    /// <summary>The resident who suggested it, when it came from the chat.</summary>
    public int? ProposerResidentId { get; set; }

    public required string ProposerName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? VoteOpenedAt { get; set; }

    public DateTimeOffset? VoteDeadline { get; set; }

    /// <summary>The day (community time) the last reminder went out; one a day at most.</summary>
    public DateOnly? LastRemindedOn { get; set; }

    /// <summary>The counts when the vote closed.</summary>
    public VoteTally? Result { get; set; }

    public DateTimeOffset? ResolutionPublishedAt { get; set; }

    public string? ImplementationResult { get; set; }

    public DateTimeOffset? ImplementationPublishedAt { get; set; }

    public DateTimeOffset? FiledAt { get; set; }

    public string? FiledBy { get; set; }

    public int Revision { get; set; }

    public List<MatterStep> Steps { get; } = [];

    public List<MatterBallot> Ballots { get; } = [];

    /// <summary>Decided and made public, not yet filed with the community.</summary>
    public bool AwaitsFiling => ResolutionPublishedAt is not null && FiledAt is null;

    /// <summary>A new matter in stage 建议.</summary>
    public static Matter Suggest(int compoundId, string number, string text, MatterKind kind, int? residentId, string proposer, DateOnly day, DateTimeOffset now)
    {
        var body = text.Trim();
        var matter = new Matter
        {
            CompoundId = compoundId, Number = number, Title = TitleOf(body), Text = body, Kind = kind, ProposerResidentId = residentId,
            ProposerName = proposer, CreatedAt = now, Stage = MatterStage.Suggest, Status = MatterStatus.Open,
        };
        matter.Steps.Add(new MatterStep
        {
            Stage = MatterStage.Suggest, Date = day, Minutes = body, Outcome = StageOutcome.Passed, RecordedBy = proposer, RecordedAt = now,
        });
        matter.Raise(new MatterChanged(matter, MatterEventKind.Suggested));
        return matter;
    }

    /// <summary>Why a text cannot be a matter; null when it can.</summary>
    public static MatterRefusal? Refuse(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxTextLength ? MatterRefusal.BadText : null;

    /// <summary>The next stage (提议, 商议 or 审议) as it happened; a rejection stops the matter and tells the proposer.</summary>
    public MatterRefusal? Record(MatterStep step, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (Status != MatterStatus.Open || step.Stage != Stage + 1 || step.Stage == MatterStage.Resolve)
        {
            return MatterRefusal.WrongStage;
        }

        if (step.Outcome != StageOutcome.Passed && string.IsNullOrWhiteSpace(step.Note)
            || (step.Minutes?.Length ?? 0) > MatterStep.MaxMinutesLength || step.Note?.Length > MaxTextLength)
        {
            return MatterRefusal.BadText;
        }

        step.RecordedAt = now;
        Steps.Add(step);
        Stage = step.Stage;
        if (step.Outcome == StageOutcome.Amended)
        {
            Text = step.Note!.Trim();
        }

        if (step.Outcome == StageOutcome.Rejected)
        {
            Status = MatterStatus.Rejected;
            Raise(new MatterChanged(this, MatterEventKind.Rejected));
        }
        else
        {
            Raise(new MatterChanged(this, MatterEventKind.StageRecorded));
        }

        return null;
    }

    private static string TitleOf(string text)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        return firstLine.Length <= MaxTitleLength ? firstLine : string.Concat(firstLine.AsSpan(0, MaxTitleLength - 1), "…");
    }
}
