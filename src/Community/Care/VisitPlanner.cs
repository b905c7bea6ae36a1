using BuildingBot.Community.Configuration;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Care;

/// <summary>
/// The visit plan: every tagged household is due its interval (the shortest of its tags) after its last visit, or
/// on the day it was tagged if it was never visited. A grid member's list on a day is what is due or overdue in their
/// reach, by building, unit and room.
/// </summary>
public sealed class VisitPlanner(CommunityDbContext db, CommunityTimeZone zone)
{
    /// <summary>Every tagged household of the grid (or of all grids) with its due day.</summary>
    public async Task<IReadOnlyList<DueVisit>> PlanAsync(int? gridId, CancellationToken cancellationToken)
    {
        var tagged = await db.HouseholdCareTags.AsNoTracking()
            .Where(t => t.Household!.Unit!.Building!.GridId != null && (gridId == null || t.Household.Unit.Building.GridId == gridId))
            .Select(t => new
            {
                t.HouseholdId, GridId = t.Household!.Unit!.Building!.GridId!.Value, t.Household.Unit.BuildingId,
                BuildingCode = t.Household.Unit.Building.Code, BuildingName = t.Household.Unit.Building.Compound!.Name + t.Household.Unit.Building.Name,
                Unit = t.Household.Unit.Number, t.Household.Room, Tag = t.CareTag!.Name, t.CareTag.VisitIntervalDays, t.TaggedAt,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = tagged.Select(t => t.HouseholdId).Distinct().ToList();
        var lastVisits = await db.CareVisits.AsNoTracking().Where(v => ids.Contains(v.HouseholdId))
            .GroupBy(v => v.HouseholdId).Select(g => new { HouseholdId = g.Key, Last = g.Max(v => v.VisitedAt) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = lastVisits.ToDictionary(v => v.HouseholdId, v => zone.Today(v.Last));

        return tagged.GroupBy(t => t.HouseholdId).Select(g =>
        {
            var first = g.First();
            var interval = g.Min(t => t.VisitIntervalDays);
            DateOnly? visited = last.TryGetValue(g.Key, out var day) ? day : null;
            var due = visited?.AddDays(interval) ?? zone.Today(g.Min(t => t.TaggedAt));
            return new DueVisit(g.Key, first.GridId, first.BuildingId, first.BuildingCode, first.BuildingName, first.Unit, first.Room,
                g.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(), interval, visited, due);
        }).OrderBy(v => v, ByPlace).ToList();
    }

    /// <summary>The member's list for the day: due and overdue households in their reach, by building then room.</summary>
    public async Task<IReadOnlyList<DueVisit>> ListAsync(int memberId, DateOnly day, CancellationToken cancellationToken)
    {
        var member = await db.GridMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false);
        if (member is null || !await VisitsAsync(member, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        var plan = await PlanAsync(member.GridId, cancellationToken).ConfigureAwait(false);
        return plan.Where(v => v.IsDue(day) && (member.Role != GridMemberRole.BuildingCaptain || v.BuildingId == member.CaptainOfBuildingId)).ToList();
    }

    /// <summary>
    /// Who visits: 网格员, and the 网格长 of a grid without one; a 楼栋长 their own building. Mediators do not.
    /// </summary>
    public async Task<bool> VisitsAsync(GridMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Role switch
        {
            GridMemberRole.GridMember => true,
            GridMemberRole.BuildingCaptain => member.CaptainOfBuildingId is not null,
            GridMemberRole.GridLeader => !await db.GridMembers.AnyAsync(m => m.GridId == member.GridId && m.Role == GridMemberRole.GridMember, cancellationToken)
                .ConfigureAwait(false),
            _ => false,
        };
    }

    private static readonly Comparer<DueVisit> ByPlace = Comparer<DueVisit>.Create((a, b) =>
    {
        var building = NaturalCompare(a.BuildingCode, b.BuildingCode);
        return building != 0 ? building : a.Unit != b.Unit ? a.Unit.CompareTo(b.Unit) : NaturalCompare(a.Room, b.Room);
    });

    // "3" before "12", "501" before "1201": numbers by value, anything else by text.
    private static int NaturalCompare(string a, string b) =>
        int.TryParse(a, out var x) && int.TryParse(b, out var y) && x != y ? x.CompareTo(y) : string.CompareOrdinal(a, b);
}
