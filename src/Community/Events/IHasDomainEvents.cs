namespace BuildingBot.Community.Events;

/// <summary>An aggregate whose changes raise events; the context hands them to their consumers before it saves.</summary>
public interface IHasDomainEvents
{
    /// <summary>The events raised since the last call, and forgets them.</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();

    /// <summary>Whether events wait to be taken.</summary>
    bool HasDomainEvents();
}
