namespace BuildingBot.Community.Governance;

/// <summary>What a stage decided.</summary>
public enum StageOutcome
{
    Passed,

    /// <summary>Passed with a new text.</summary>
    Amended,

    /// <summary>Stopped, with a reason.</summary>
    Rejected,
}
