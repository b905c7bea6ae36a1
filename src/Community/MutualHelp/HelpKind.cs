namespace BuildingBot.Community.MutualHelp;

/// <summary>What a 邻里互助 post is: a need (求助) or an offer (我可以帮忙).</summary>
public enum HelpKind
{
    Need,
    Offer,
}
