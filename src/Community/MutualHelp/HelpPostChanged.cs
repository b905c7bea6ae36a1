using BuildingBot.Community.Events;

namespace BuildingBot.Community.MutualHelp;

/// <summary>A post changed; <paramref name="ResidentId"/> is the neighbour concerned (who answered, was accepted or declined).</summary>
public sealed record HelpPostChanged(HelpPost Post, HelpEventKind Kind, int? ResidentId = null) : IDomainEvent;
