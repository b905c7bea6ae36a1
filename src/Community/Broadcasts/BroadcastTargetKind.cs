namespace BuildingBot.Community.Broadcasts;

/// <summary>Whom a broadcast reaches: the building groups of everyone, of chosen compounds, grids or buildings, or the groups following chosen policy topics.</summary>
public enum BroadcastTargetKind
{
    Everyone,
    Compounds,
    Grids,
    Buildings,

    /// <summary>Groups following a policy topic (codes: Travel, 出行 …; see <c>TopicSubscription</c>).</summary>
    Topics,
}
