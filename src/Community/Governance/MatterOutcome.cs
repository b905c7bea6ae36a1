namespace BuildingBot.Community.Governance;

/// <summary>A matter as changed, or why it was not (the matter may be null when it does not exist).</summary>
public sealed record MatterOutcome(Matter? Matter, MatterRefusal? Refusal)
{
    public bool Succeeded => Matter is not null && Refusal is null;

    /// <summary>For a vote: the household's earlier ballot was replaced.</summary>
    public bool Replaced { get; init; }
}
