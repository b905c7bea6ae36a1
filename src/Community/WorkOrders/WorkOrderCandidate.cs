namespace BuildingBot.Community.WorkOrders;

/// <summary>A grid member an order may go to (transfer target, grid leader for a return).</summary>
public sealed record WorkOrderCandidate(int Id, string Name, int GridId);
