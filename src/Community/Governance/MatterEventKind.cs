namespace BuildingBot.Community.Governance;

/// <summary>What happened to a matter, for the messages it causes.</summary>
public enum MatterEventKind
{
    Suggested,
    StageRecorded,
    Rejected,
    VoteOpened,
    VoteClosed,
    ResolutionPublished,
    ImplementationPublished,
    Filed,
    Reminded,
}
