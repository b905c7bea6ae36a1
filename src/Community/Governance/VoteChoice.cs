namespace BuildingBot.Community.Governance;

/// <summary>A household's ballot: 同意 / 反对 / 弃权.</summary>
public enum VoteChoice
{
    Agree,
    Against,
    Abstain,
}
