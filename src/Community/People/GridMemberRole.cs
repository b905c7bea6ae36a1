namespace BuildingBot.Community.People;

/// <summary>What a grid member does in their grid; routing picks members by role.</summary>
public enum GridMemberRole
{
    /// <summary>网格员.</summary>
    GridMember,

    /// <summary>网格长: the fallback and the first escalation step.</summary>
    GridLeader,

    /// <summary>楼栋长: looks after one building.</summary>
    BuildingCaptain,

    /// <summary>调解员: handles neighbour disputes.</summary>
    Mediator,
}
