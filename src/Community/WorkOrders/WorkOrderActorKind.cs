namespace BuildingBot.Community.WorkOrders;

/// <summary>The kinds of <see cref="WorkOrderActor"/>.</summary>
public enum WorkOrderActorKind
{
    System,
    Resident,
    GridMember,
    Admin,
}
