namespace BuildingBot.Community.WorkOrders;

/// <summary>Who caused a change: a resident, a grid member, an admin (API) or the system (deadlines).</summary>
public sealed record WorkOrderActor(WorkOrderActorKind Kind, int? Id, string Name)
{
    public static WorkOrderActor System { get; } = new(WorkOrderActorKind.System, null, "系统");

    public static WorkOrderActor Resident(int id, string name) => new(WorkOrderActorKind.Resident, id, name);

    public static WorkOrderActor Member(int id, string name) => new(WorkOrderActorKind.GridMember, id, name);

    public static WorkOrderActor Admin(string name) => new(WorkOrderActorKind.Admin, null, name);
}
