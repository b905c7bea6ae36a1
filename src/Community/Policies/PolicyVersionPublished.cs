using BuildingBot.Community.Events;

namespace BuildingBot.Community.Policies;

/// <summary>
/// A policy was created or edited through the book (imports load quietly and raise nothing). It is raised once the
/// policy has its database id, so the notices it causes are keyed by policy and version (<see cref="PolicyNotificationKeys"/>).
/// </summary>
public sealed record PolicyVersionPublished(Policy Policy, PolicyVersion Version) : IDomainEvent;
