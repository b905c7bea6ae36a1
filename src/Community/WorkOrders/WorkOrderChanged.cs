using BuildingBot.Community.Events;

namespace BuildingBot.Community.WorkOrders;

/// <summary>One new entry on a work order's timeline; raised by the order with the change, handled before it is saved.</summary>
public sealed record WorkOrderChanged(WorkOrder Order, WorkOrderEvent Entry) : IDomainEvent;
