namespace BuildingBot.Community.WorkOrders;

/// <summary>Where a work order stands; <see cref="WorkOrderTransitions"/> says which changes are legal.</summary>
public enum WorkOrderStatus
{
    /// <summary>新建: in the community queue, nobody assigned yet.</summary>
    Submitted,

    /// <summary>已派单: routed to a grid member, waiting for them to accept.</summary>
    Assigned,

    /// <summary>已接单.</summary>
    Accepted,

    /// <summary>已办结: waiting for the reporter's rating.</summary>
    Resolved,

    /// <summary>已评价 / 已关闭.</summary>
    Closed,

    /// <summary>已撤销 by the reporter.</summary>
    Cancelled,
}
