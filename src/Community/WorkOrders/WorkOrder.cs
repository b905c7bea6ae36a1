using BuildingBot.Community.Categories;
using BuildingBot.Community.Grids;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// 工单 / 民情事项: a resident's problem, followed from report to rating. Changes go through
/// <see cref="WorkOrderService"/>, which allows only legal transitions and records each one.
/// </summary>
public sealed class WorkOrder
{
    public const int MaxDescriptionLength = 1000;

    public int Id { get; set; }

    /// <summary>WO-yyyyMMdd-NNNN (the day in Asia/Shanghai); unique.</summary>
    public required string Number { get; set; }

    /// <summary>The activity (or API request) that created the order; unique, so a retried report creates nothing twice.</summary>
    public required string SourceKey { get; set; }

    public WorkOrderStatus Status { get; set; }

    public ProblemCategory Category { get; set; }

    public Urgency Urgency { get; set; }

    public required string Description { get; set; }

    public int BuildingId { get; set; }

    public Building? Building { get; set; }

    /// <summary>Room within the building when the problem is in a home ("2单元501"); personal, never shown in groups.</summary>
    public string? Room { get; set; }

    /// <summary>A photo (URL or data URL) the reporter sent.</summary>
    public string? PhotoUrl { get; set; }

    public int? ReporterId { get; set; }

    public Resident? Reporter { get; set; }

    /// <summary>The reporter allowed the grid member to call them (their phone is shown to the assignee only then).</summary>
    public bool ContactAllowed { get; set; }

    public int? GridId { get; set; }

    public Grid? Grid { get; set; }

    public int? AssigneeId { get; set; }

    public GridMember? Assignee { get; set; }

    /// <summary>Why routing chose the assignee (or the queue), in words.</summary>
    public string RoutingReason { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the current phase (assignment or acceptance) began; deadlines count from here.</summary>
    public DateTimeOffset PhaseStartedAt { get; set; }

    public DateTimeOffset? AcceptDueAt { get; set; }

    public DateTimeOffset? ResolveDueAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Resolution { get; set; }

    public string? ResolutionPhotoUrl { get; set; }

    public WorkOrderRating? Rating { get; set; }

    public string? RatingComment { get; set; }

    /// <summary>0 none; 1 escalated to the grid leader; 2 to the community admins.</summary>
    public int EscalationLevel { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two members accepting at once, exactly one wins.</summary>
    public int Revision { get; set; }

    public List<WorkOrderReporter> Reporters { get; } = [];

    public List<WorkOrderEvent> Events { get; } = [];

    public bool IsOpen => Status is WorkOrderStatus.Submitted or WorkOrderStatus.Assigned or WorkOrderStatus.Accepted;
}
