namespace BuildingBot.Community.MutualHelp;

/// <summary>Where a 邻里互助 post stands; only an open post can be answered.</summary>
public enum HelpStatus
{
    /// <summary>Posted in the building groups, waiting for a neighbour.</summary>
    Open,

    /// <summary>The poster accepted one neighbour; the two have each other's contact.</summary>
    Matched,

    /// <summary>The asker confirmed it happened; the helper is credited.</summary>
    Done,

    /// <summary>Its time passed before anyone was accepted.</summary>
    Expired,

    /// <summary>The poster withdrew it.</summary>
    Withdrawn,

    /// <summary>Reported (举报): hidden until staff restore or remove it.</summary>
    Hidden,

    /// <summary>Removed by staff after a report.</summary>
    Removed,
}
