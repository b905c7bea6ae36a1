namespace BuildingBot.Community.MutualHelp;

/// <summary>Where one neighbour's 我来帮 stands.</summary>
public enum HelpResponseStatus
{
    /// <summary>The poster has been asked and has not decided.</summary>
    Waiting,

    /// <summary>The poster agreed: the two were put in touch.</summary>
    Accepted,

    /// <summary>The poster said 不用了.</summary>
    Declined,

    /// <summary>The poster accepted someone else.</summary>
    Taken,
}
