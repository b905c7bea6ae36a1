namespace BuildingBot.Community.WorkOrders;

/// <summary>Where routing sent an order: a grid and a member, or the community queue (both null); the reason in words.</summary>
public sealed record RoutingDecision(int? GridId, int? MemberId, string MemberName, string Reason)
{
    public bool IsQueued => MemberId is null;
}
