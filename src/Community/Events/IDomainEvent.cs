namespace BuildingBot.Community.Events;

/// <summary>Something that happened to an aggregate, raised with the change and handled in the same unit of work.</summary>
public interface IDomainEvent;
