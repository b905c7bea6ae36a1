namespace BuildingBot.Community.Governance;

/// <summary>One household's ballot as the tally reads it: its recorded floor area and its choice.</summary>
public readonly record struct OwnerVote(decimal Area, VoteChoice Choice);
