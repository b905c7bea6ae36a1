namespace BuildingBot.Community.Identity;

/// <summary>Who wrote to the bot.</summary>
public enum SenderKind
{
    /// <summary>Not in any roster yet; may bind a household.</summary>
    Unknown,

    /// <summary>居民.</summary>
    Resident,

    /// <summary>网格员 (any grid role).</summary>
    GridMember,

    /// <summary>Community staff allowed to run admin commands in chat.</summary>
    Admin,
}
