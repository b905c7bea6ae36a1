namespace BuildingBot.Community.Privacy;

/// <summary>
/// Who reads a text the product writes. Group and public texts pass the <see cref="Redactor"/>;
/// private and staff texts may carry details meant for their reader.
/// </summary>
public enum MessageAudience
{
    /// <summary>One person's private chat with the bot.</summary>
    Private,

    /// <summary>Community staff and grid members at work (console, admin API, grid member chats).</summary>
    Staff,

    /// <summary>A building group chat: neighbours read it.</summary>
    Group,

    /// <summary>Anyone: Open311, public pages, exports that leave the community, logs.</summary>
    Public,
}
