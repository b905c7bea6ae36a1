using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.WorkOrders;

/// <summary>Which grid role handles a category, per compound (or for every compound when <see cref="CompoundId"/> is null).</summary>
public sealed class RoutingRule
{
    public int Id { get; set; }

    public int? CompoundId { get; set; }

    public Compound? Compound { get; set; }

    public ProblemCategory Category { get; set; }

    public GridMemberRole Role { get; set; }
}
