namespace BuildingBot.Community.Governance;

/// <summary>Where a matter stands as a whole.</summary>
public enum MatterStatus
{
    /// <summary>Moving through the stages.</summary>
    Open,

    /// <summary>The owners are voting.</summary>
    Voting,

    /// <summary>The owners resolved it.</summary>
    Passed,

    /// <summary>The vote did not pass (no quorum or not enough agreed).</summary>
    Failed,

    /// <summary>A stage rejected it: it stops here.</summary>
    Rejected,
}
