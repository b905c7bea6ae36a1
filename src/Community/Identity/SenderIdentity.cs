using BuildingBot.Community.People;

namespace BuildingBot.Community.Identity;

/// <summary>The sender as the community knows them, and the building of the group they wrote in.</summary>
public sealed record SenderIdentity
{
    public static SenderIdentity Unknown { get; } = new() { Kind = SenderKind.Unknown };

    public SenderKind Kind { get; init; }

    public int? ResidentId { get; init; }

    public int? GridMemberId { get; init; }

    public GridMemberRole? Role { get; init; }

    /// <summary>The name the community knows (roster), else empty.</summary>
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>The resident's household, when bound.</summary>
    public int? HouseholdId { get; init; }

    /// <summary>The building of the resident's household, when bound.</summary>
    public int? HomeBuildingId { get; init; }

    /// <summary>The building the group chat is bound to, for messages in a 楼栋群.</summary>
    public int? GroupBuildingId { get; init; }
}
