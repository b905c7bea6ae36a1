namespace BuildingBot.Community.Events;

/// <summary>
/// Turns an event into more changes of the same unit of work (typically outbox rows): it runs before the
/// context saves, adds to the same context and never saves itself, so the change and what it causes commit together.
/// </summary>
public interface IDomainEventConsumer<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
