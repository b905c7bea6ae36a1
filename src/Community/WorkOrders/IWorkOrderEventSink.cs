namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// Told about timeline events after they are committed (notifications, deadline jobs). A sink that
/// fails does not undo the change: events keep <see cref="WorkOrderEvent.NotifiedAt"/> empty and a
/// sweep publishes them again.
/// </summary>
public interface IWorkOrderEventSink
{
    Task PublishAsync(WorkOrder order, IReadOnlyList<WorkOrderEvent> events, CancellationToken cancellationToken);
}
