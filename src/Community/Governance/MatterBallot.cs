namespace BuildingBot.Community.Governance;

/// <summary>
/// One household's ballot on a matter, kept for audit with the household and never with the person: any resident
/// of the household may cast it, and a later ballot replaces it until the deadline. Unique per (matter, household).
/// </summary>
public sealed class MatterBallot
{
    public int Id { get; set; }

    public int MatterId { get; set; }

    public int HouseholdId { get; set; }

    public VoteChoice Choice { get; set; }

    public DateTimeOffset CastAt { get; set; }

    /// <summary>How many times the household changed its ballot.</summary>
    public int Changes { get; set; }
}
