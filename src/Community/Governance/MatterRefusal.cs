namespace BuildingBot.Community.Governance;

/// <summary>Why a matter refused a change (it changed nothing).</summary>
public enum MatterRefusal
{
    /// <summary>The stage is not the next one, or the matter stopped.</summary>
    WrongStage,

    /// <summary>No vote is open on the matter.</summary>
    NotVoting,

    /// <summary>The deadline has passed.</summary>
    DeadlinePassed,

    /// <summary>The vote cannot close before its deadline.</summary>
    NotYetDue,

    /// <summary>The deadline must lie in the future.</summary>
    BadDeadline,

    /// <summary>Already published or filed.</summary>
    AlreadyDone,

    /// <summary>An earlier step (resolution published, vote closed) has not happened yet.</summary>
    NotYet,

    /// <summary>A required text is empty or too long.</summary>
    BadText,
}
