using BuildingBot.Community.Categories;
using BuildingBot.Community.People;

namespace BuildingBot.Community.WorkOrders;

/// <summary>The role that handles a category when no routing rule says otherwise.</summary>
public static class DefaultRoutingRoles
{
    public static GridMemberRole For(ProblemCategory category) => category switch
    {
        ProblemCategory.NeighbourDispute => GridMemberRole.Mediator,
        ProblemCategory.RepairsProperty => GridMemberRole.BuildingCaptain,
        _ => GridMemberRole.GridMember,
    };
}
