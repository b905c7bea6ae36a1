using BuildingBot.Community.Events;

namespace BuildingBot.Community.Policies;

/// <summary>
/// A policy was created or edited through the book (imports load quietly and raise nothing). <see cref="Id"/>
/// names this publication, so the messages it causes are keyed before the policy has a database id.
/// </summary>
public sealed record PolicyVersionPublished(Policy Policy, PolicyVersion Version) : IDomainEvent
{
    public Guid Id { get; } = Guid.NewGuid();
}
