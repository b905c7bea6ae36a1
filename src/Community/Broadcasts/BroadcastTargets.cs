using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Broadcasts;

/// <summary>Resolves a broadcast's targets to the building groups it reaches, and names the targets that do not exist.</summary>
public sealed class BroadcastTargets(CommunityDbContext db)
{
    public static IReadOnlyList<string> Split(string codes) =>
        codes.Split([',', '，', ';', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The groups reached, and the codes that match nothing (an error for admins).</summary>
    public async Task<(IReadOnlyList<BuildingGroup> Groups, IReadOnlyList<string> Unknown)> ResolveAsync(
        BroadcastTargetKind kind, string codes, CancellationToken cancellationToken)
    {
        var wanted = Split(codes);
        // The groups alone: who they are is all a delivery needs (40,000 of them for a whole city).
        var groups = db.BuildingGroups.AsNoTracking();
        List<string> known;
        switch (kind)
        {
            case BroadcastTargetKind.Compounds:
                known = await db.Compounds.Where(c => wanted.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
                groups = groups.Where(g => wanted.Contains(g.Building!.Compound!.Code));
                break;
            case BroadcastTargetKind.Grids:
                known = await db.Grids.Where(c => wanted.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
                groups = groups.Where(g => g.Building!.Grid != null && wanted.Contains(g.Building.Grid.Code));
                break;
            case BroadcastTargetKind.Buildings:
                var buildings = await db.Buildings.AsNoTracking().Select(b => new { b.Id, Key = b.Compound!.Code + "-" + b.Code })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                var ids = buildings.Where(b => wanted.Contains(b.Key)).Select(b => b.Id).ToList();
                known = buildings.Where(b => wanted.Contains(b.Key)).Select(b => b.Key).ToList();
                groups = groups.Where(g => ids.Contains(g.BuildingId));
                break;
            case BroadcastTargetKind.Topics:
                var topics = wanted.Select(w => PolicyTopicNames.TryParse(w, out var topic) ? topic : (PolicyTopic?)null).ToList();
                var chosen = topics.OfType<PolicyTopic>().ToList();
                known = [.. wanted.Where((_, i) => topics[i] is not null)];
                groups = groups.Where(g => db.TopicSubscriptions.Any(s => s.BuildingGroupId == g.Id && chosen.Contains(s.Topic)));
                break;
            default:
                known = [.. wanted];
                break;
        }

        var reached = await groups.OrderBy(g => g.BuildingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (reached, wanted.Except(known, StringComparer.Ordinal).ToList());
    }
}
