namespace BuildingBot.Community.MutualHelp;

/// <summary>Why a 邻里互助 post refused a change (it changed nothing).</summary>
public enum HelpRefusal
{
    /// <summary>No post with that number in the compound.</summary>
    NotFound,

    /// <summary>The post is no longer open (matched, done, expired, withdrawn or hidden).</summary>
    NotOpen,

    /// <summary>Only the poster may do this.</summary>
    NotYours,

    /// <summary>The poster cannot answer their own post.</summary>
    OwnPost,

    /// <summary>The resident already answered this post.</summary>
    AlreadyAnswered,

    /// <summary>The poster has already accepted someone else.</summary>
    Taken,

    /// <summary>Nobody has been accepted yet, so there is nothing to confirm.</summary>
    NotMatched,

    /// <summary>Already confirmed.</summary>
    AlreadyDone,

    /// <summary>The resident has as many open posts as allowed.</summary>
    TooManyOpen,

    /// <summary>The text is empty or too long.</summary>
    BadText,

    /// <summary>Staff can only restore or remove a hidden post.</summary>
    NotHidden,
}
