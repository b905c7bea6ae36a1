using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>What the report dialog knows so far; stored with the dialog between turns.</summary>
public sealed record ReportDraft
{
    public string? Description { get; init; }

    public ProblemCategory Category { get; init; }

    public Urgency Urgency { get; init; }

    /// <summary>The resident said how urgent it is (or the text did): no need to ask.</summary>
    public bool UrgencyKnown { get; init; }

    public int? BuildingId { get; init; }

    public string? BuildingName { get; init; }

    public string? Room { get; init; }

    /// <summary>Why the place said with the report could not be used (an unknown room), asked again with this.</summary>
    public string? PlaceProblem { get; init; }

    public bool? ContactAllowed { get; init; }

    public bool PhotoAsked { get; init; }

    public string? PhotoUrl { get; init; }

    public int? DuplicateId { get; init; }

    public string? DuplicateNumber { get; init; }
}
