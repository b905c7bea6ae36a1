using BuildingBot.Community.Events;

namespace BuildingBot.Community.Party;

/// <summary>Staff confirmed a 在职党员报到; handled in the unit of work that saves it.</summary>
public sealed record PartyMemberConfirmed(PartyMemberRegistration Registration) : IDomainEvent;
