namespace BuildingBot.Community.Broadcasts;

/// <summary>Whom a broadcast reaches: the building groups of everyone, or of chosen compounds, grids or buildings.</summary>
public enum BroadcastTargetKind
{
    Everyone,
    Compounds,
    Grids,
    Buildings,
}
