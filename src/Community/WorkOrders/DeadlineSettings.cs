namespace BuildingBot.Community.WorkOrders;

/// <summary>Time to accept and to resolve, for one kind of order.</summary>
public sealed class DeadlineSettings
{
    public TimeSpan Accept { get; set; }

    public TimeSpan Resolve { get; set; }
}
