namespace BuildingBot.Community.MutualHelp;

/// <summary>The post after a change, or why the change was refused.</summary>
public sealed record HelpOutcome(HelpPost? Post, HelpRefusal? Refusal)
{
    public static HelpOutcome Refused(HelpRefusal refusal) => new(null, refusal);
}
