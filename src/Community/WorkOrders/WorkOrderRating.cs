namespace BuildingBot.Community.WorkOrders;

/// <summary>评价: what the reporter thought of the result.</summary>
public enum WorkOrderRating
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    FairlySatisfied,

    /// <summary>不满意: reopens the order and alerts the grid leader.</summary>
    Dissatisfied,
}
