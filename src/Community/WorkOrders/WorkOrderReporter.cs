using BuildingBot.Community.People;

namespace BuildingBot.Community.WorkOrders;

/// <summary>A resident who reported the problem: the first reporter, or a neighbour who added themselves (我也遇到 +1).</summary>
public sealed class WorkOrderReporter
{
    public int Id { get; set; }

    public int WorkOrderId { get; set; }

    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    public bool IsOriginal { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
