namespace BuildingBot.Community.MutualHelp;

/// <summary>What happened to a 邻里互助 post; each causes its own messages.</summary>
public enum HelpEventKind
{
    Posted,
    Answered,
    Accepted,
    Declined,
    Confirmed,
    Expired,
    Withdrawn,
    Reported,
    Restored,
    Removed,
    ConfirmationAsked,
}
