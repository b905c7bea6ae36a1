namespace BuildingBot.Community.Policies;

/// <summary>Told after a policy is created or edited (a new version), to push the change to the people concerned.</summary>
public interface IPolicyChangeSink
{
    Task ChangedAsync(Policy policy, PolicyVersion version, CancellationToken cancellationToken);
}
