using BuildingBot.Community.Configuration;
using BuildingBot.Community.Groups;

namespace BuildingBot.Community.Policies;

/// <summary>
/// Who is told of a policy version when it is published: residents with a trip there that overlaps its window (one each,
/// reachable on a channel), and the building groups following its topic unless the window has already ended. The push
/// notifier sends to exactly these, and the console shows their numbers before a version is published.
/// </summary>
public sealed class PolicyAudience(TripRegister trips, TopicSubscriptions subscriptions, TimeProvider clock, CommunityTimeZone timeZone)
{
    /// <summary>The residents (their first affected trip each) and the groups a version of <paramref name="policy"/> reaches.</summary>
    public async Task<(IReadOnlyList<Trip> Residents, IReadOnlyList<BuildingGroup> Groups)> OfAsync(
        Policy policy, PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        var affected = await trips.TripsAffectedByAsync(policy, version, cancellationToken).ConfigureAwait(false);
        var residents = affected.Where(t => t.Resident?.ChannelUserId is not null).GroupBy(t => t.ResidentId).Select(g => g.First()).ToList();
        var today = timeZone.Today(clock.GetUtcNow());
        var groups = version.EffectiveTo is not { } end || end >= today
            ? await subscriptions.GroupsConcernedByAsync(policy, cancellationToken).ConfigureAwait(false)
            : [];
        return (residents, groups);
    }
}
