namespace BuildingBot.Community.Governance;

/// <summary>五议: the stages a matter goes through, in order.</summary>
public enum MatterStage
{
    /// <summary>党员群众建议.</summary>
    Suggest,

    /// <summary>小区党组织提议.</summary>
    Propose,

    /// <summary>联席会议商议.</summary>
    Discuss,

    /// <summary>党员大会审议.</summary>
    Review,

    /// <summary>业主（代表）大会决议: the owners' vote.</summary>
    Resolve,
}
