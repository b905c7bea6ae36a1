using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Policies;

/// <summary>
/// Which building groups follow which policy topics, and which groups a policy change concerns: groups
/// following its topic, for a travel policy anywhere (residents go everywhere) and for any other topic only
/// where the community is (<see cref="HomeRegion"/> or a level above it) — a school rule in another city
/// is noise in the group.
/// </summary>
public sealed class TopicSubscriptions(CommunityDbContext db, RegionDirectory regions, HomeRegion home, TimeProvider clock)
{
    /// <summary>The topics a group follows, or null when there is no such group.</summary>
    public async Task<IReadOnlyList<PolicyTopic>?> TopicsOfAsync(int groupId, CancellationToken cancellationToken)
    {
        if (!await db.BuildingGroups.AnyAsync(g => g.Id == groupId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Topics are stored by name: put them in topic order here, not the database's alphabetical one.
        var topics = await db.TopicSubscriptions.Where(s => s.BuildingGroupId == groupId).Select(s => s.Topic)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. topics.Order()];
    }

    /// <summary>Makes the group follow exactly these topics; false when there is no such group.</summary>
    public async Task<bool> SetAsync(int groupId, IReadOnlyCollection<PolicyTopic> topics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (!await db.BuildingGroups.AnyAsync(g => g.Id == groupId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var current = await db.TopicSubscriptions.Where(s => s.BuildingGroupId == groupId).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.TopicSubscriptions.RemoveRange(current.Where(s => !topics.Contains(s.Topic)));
        db.TopicSubscriptions.AddRange(topics.Distinct().Where(t => current.All(s => s.Topic != t))
            .Select(t => new TopicSubscription { BuildingGroupId = groupId, Topic = t, CreatedAt = clock.GetUtcNow() }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The groups to tell about a change to this policy.</summary>
    public async Task<IReadOnlyList<BuildingGroup>> GroupsConcernedByAsync(Policy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Topic != PolicyTopic.Travel && !home.Covers(policy.RegionCode, regions))
        {
            return [];
        }

        return await db.TopicSubscriptions.AsNoTracking().Where(s => s.Topic == policy.Topic).Select(s => s.BuildingGroup!)
            .OrderBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
