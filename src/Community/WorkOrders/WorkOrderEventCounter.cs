using BuildingBot.Community.Events;
using BuildingBot.Community.Persistence;

namespace BuildingBot.Community.WorkOrders;

/// <summary>Counts each timeline event in <see cref="WorkOrderMetrics"/> once the save that records it has committed.</summary>
public sealed class WorkOrderEventCounter(CommunityDbContext db) : IDomainEventConsumer<WorkOrderChanged>
{
    private readonly List<WorkOrderEventKind> _pending = [];
    private bool _subscribed;

    public Task HandleAsync(WorkOrderChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (!_subscribed)
        {
            _subscribed = true;
            db.SavedChanges += (_, _) => Flush(count: true);
            db.SaveChangesFailed += (_, _) => Flush(count: false);
        }

        _pending.Add(domainEvent.Entry.Kind);
        return Task.CompletedTask;
    }

    private void Flush(bool count)
    {
        if (count)
        {
            _pending.ForEach(WorkOrderMetrics.Count);
        }

        _pending.Clear();
    }
}
