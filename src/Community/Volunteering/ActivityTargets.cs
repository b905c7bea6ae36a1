using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Volunteering;

/// <summary>The buildings (and so the building groups and residents) an activity is for.</summary>
public sealed class ActivityTargets(CommunityDbContext db)
{
    public static IReadOnlyList<string> Split(string codes) =>
        codes.Split([',', '，', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The targeted building ids, and the codes or names that match nothing.</summary>
    public async Task<(IReadOnlyList<int> Buildings, IReadOnlyList<string> Unknown)> BuildingsAsync(
        ActivityTargetKind kind, string codes, CancellationToken cancellationToken)
    {
        var wanted = Split(codes);
        var buildings = await db.Buildings.AsNoTracking()
            .Select(b => new { b.Id, Key = b.Compound!.Code + "-" + b.Code, Compound = b.Compound.Code, Branch = b.Compound.PartyBranch == null ? null : b.Compound.PartyBranch.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Func<string, bool> matches;
        HashSet<string> known;
        switch (kind)
        {
            case ActivityTargetKind.Compounds:
                known = buildings.Select(b => b.Compound).ToHashSet(StringComparer.Ordinal);
                matches = key => buildings.Any(b => b.Key == key && wanted.Contains(b.Compound));
                break;
            case ActivityTargetKind.PartyBranches:
                known = buildings.Where(b => b.Branch is not null).Select(b => b.Branch!).ToHashSet(StringComparer.Ordinal);
                matches = key => buildings.Any(b => b.Key == key && b.Branch is not null && wanted.Contains(b.Branch));
                break;
            default:
                known = buildings.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
                matches = wanted.Contains;
                break;
        }

        return (buildings.Where(b => matches(b.Key)).Select(b => b.Id).ToList(), wanted.Where(w => !known.Contains(w)).ToList());
    }

    public async Task<IReadOnlyList<BuildingGroup>> GroupsAsync(VolunteerActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (buildings, _) = await BuildingsAsync(activity.TargetKind, activity.TargetCodes, cancellationToken).ConfigureAwait(false);
        return await db.BuildingGroups.AsNoTracking().Where(g => buildings.Contains(g.BuildingId)).OrderBy(g => g.BuildingId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
