namespace BuildingBot.Community.Volunteering;

/// <summary>Whom an activity is for: compounds, party branches (by name) or chosen buildings.</summary>
public enum ActivityTargetKind
{
    Compounds,
    PartyBranches,
    Buildings,
}
