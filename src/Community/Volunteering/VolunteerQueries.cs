using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Volunteering;

/// <summary>What residents ask about: the next activity for their building, their sign-ups, their points.</summary>
public sealed class VolunteerQueries(CommunityDbContext db, ActivityTargets targets, VolunteerRegistration signUps, TimeProvider clock)
{
    /// <summary>The next occurrence (within its announcement period) of each active activity that targets the building.</summary>
    public async Task<IReadOnlyList<(VolunteerActivity Activity, ActivityOccurrence Occurrence)>> UpcomingAsync(int buildingId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = new List<(VolunteerActivity, ActivityOccurrence)>();
        foreach (var activity in await db.VolunteerActivities.AsNoTracking().Where(a => !a.Cancelled).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var (buildings, _) = await targets.BuildingsAsync(activity.TargetKind, activity.TargetCodes, cancellationToken).ConfigureAwait(false);
            if (!buildings.Contains(buildingId) || ActivityCalendar.Between(activity, now, now + activity.AnnounceBefore) is not [var next, ..])
            {
                continue;
            }

            result.Add((activity, await signUps.OccurrenceAsync(activity.Id, next, cancellationToken).ConfigureAwait(false)));
        }

        return result.OrderBy(r => r.Item2.StartsAt).ToList();
    }

    /// <summary>The resident's confirmed or waiting sign-ups for occurrences that have not ended.</summary>
    public async Task<IReadOnlyList<(VolunteerActivity Activity, ActivityOccurrence Occurrence, VolunteerSignUp SignUp)>> MineAsync(
        int residentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.VolunteerSignUps.AsNoTracking().Where(s => s.ResidentId == residentId && s.Status != SignUpStatus.Cancelled)
            .Join(db.ActivityOccurrences.Include(o => o.Activity), s => s.OccurrenceId, o => o.Id, (s, o) => new { s, o })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(r => r.o.StartsAt + r.o.Activity!.Duration > now)
            .OrderBy(r => r.o.StartsAt).Select(r => (r.o.Activity!, r.o, r.s)).ToList();
    }

    public async Task<(int Points, double Hours, int Times)> PointsAsync(int residentId, CancellationToken cancellationToken)
    {
        var credits = await db.VolunteerCredits.AsNoTracking().Where(c => c.ResidentId == residentId)
            .Select(c => new { c.Points, c.Hours }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (credits.Sum(c => c.Points), credits.Sum(c => c.Hours), credits.Count);
    }
}
