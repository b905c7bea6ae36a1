using BuildingBot.Community.Categories;

namespace BuildingBot.Community.WorkOrders;

/// <summary>What a report carries when it becomes an order.</summary>
public sealed record NewWorkOrder
{
    /// <summary>The activity or request that reported it; the same key never creates a second order.</summary>
    public required string SourceKey { get; init; }

    public required int BuildingId { get; init; }

    public string? Room { get; init; }

    public ProblemCategory Category { get; init; }

    public Urgency Urgency { get; init; }

    public required string Description { get; init; }

    public string? PhotoUrl { get; init; }

    public int? ReporterId { get; init; }

    public bool ContactAllowed { get; init; }

    public required WorkOrderActor Actor { get; init; }
}
