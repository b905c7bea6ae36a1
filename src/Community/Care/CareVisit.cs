using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.Care;

/// <summary>大脚板走访: a grid member's visit to a household, with what they noted and the order it turned into.</summary>
public sealed class CareVisit
{
    public const int NoteLength = 500;

    public int Id { get; set; }

    /// <summary>The message that recorded it; the same key never records a second visit.</summary>
    public required string SourceKey { get; set; }

    public int HouseholdId { get; set; }

    public Household? Household { get; set; }

    public int GridMemberId { get; set; }

    public GridMember? GridMember { get; set; }

    public DateTimeOffset VisitedAt { get; set; }

    public string Note { get; set; } = string.Empty;

    /// <summary>The work order the note was turned into (转工单), if it was.</summary>
    public int? WorkOrderId { get; set; }
}
