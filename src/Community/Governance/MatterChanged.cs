using BuildingBot.Community.Events;

namespace BuildingBot.Community.Governance;

/// <summary>A matter changed; handled in the unit of work that saves it (its messages become outbox rows there).</summary>
public sealed record MatterChanged(Matter Matter, MatterEventKind Kind) : IDomainEvent;
