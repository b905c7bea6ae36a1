using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Volunteering;

/// <summary>Creates, changes and cancels activities after checking them; problems in English for the API, nothing saved then.</summary>
public sealed class ActivityService(CommunityDbContext db, ActivityTargets targets, TimeProvider clock, CommunityTimeZone zone)
{
    public async Task<(VolunteerActivity? Activity, IReadOnlyList<string> Problems)> CreateAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(request, null, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = clock.GetUtcNow();
        var activity = new VolunteerActivity { Title = string.Empty, Place = string.Empty, Cron = string.Empty, CreatedAt = now, TimeZone = zone.Zone.Id };
        Apply(activity, request, now);
        db.VolunteerActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (activity, []);
    }

    public async Task<(VolunteerActivity? Activity, IReadOnlyList<string> Problems)> UpdateAsync(int id, ActivityRequest request, CancellationToken cancellationToken)
    {
        var activity = await db.VolunteerActivities.FirstOrDefaultAsync(a => a.Id == id && !a.Cancelled, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return (null, [$"No active activity {id}."]);
        }

        var problems = await CheckAsync(request, activity, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return (activity, problems);
        }

        Apply(activity, request, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (activity, []);
    }

    public async Task<bool> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await db.VolunteerActivities.FirstOrDefaultAsync(a => a.Id == id && !a.Cancelled, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return false;
        }

        activity.Cancelled = true;
        activity.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<List<string>> CheckAsync(ActivityRequest request, VolunteerActivity? existing, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 50)
        {
            problems.Add("title is required (at most 50 characters).");
        }

        if (string.IsNullOrWhiteSpace(request.Place) || request.Place.Trim().Length > 100)
        {
            problems.Add("place is required (at most 100 characters).");
        }

        if (!ActivityCalendar.TryParseCron(request.Cron, out _))
        {
            problems.Add($"cron '{request.Cron}' is not a valid five-field cron expression (minute hour day month weekday).");
        }

        if (!ActivityCalendar.TryParseSkipDates(request.SkipDates, out _))
        {
            problems.Add("skipDates must be dates like 2027-01-01, comma-separated.");
        }

        if (request.DurationHours is <= 0 or > 24)
        {
            problems.Add("durationHours must be more than 0 and at most 24.");
        }

        if (request.AnnounceDaysBefore is < 0 or > 30 || request.PointsPerHour is < 0 or > 1000)
        {
            problems.Add("announceDaysBefore must be 0–30 and pointsPerHour 0–1000.");
        }

        if (request.Capacity < 1)
        {
            problems.Add("capacity must be at least 1.");
        }
        else if (existing is not null)
        {
            var now = clock.GetUtcNow();
            var upcoming = (await db.ActivityOccurrences.AsNoTracking().Where(o => o.ActivityId == existing.Id)
                    .Select(o => new { o.StartsAt, Confirmed = o.SignUps.Count(s => s.Status == SignUpStatus.Confirmed) })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .Where(o => o.StartsAt > now).Select(o => o.Confirmed).DefaultIfEmpty().Max();
            if (request.Capacity < upcoming)
            {
                problems.Add($"capacity {request.Capacity} is below the {upcoming} volunteers already confirmed for an upcoming date.");
            }
        }

        var (buildings, unknown) = await targets.BuildingsAsync(request.Targets, request.Codes ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (unknown.Count > 0)
        {
            problems.Add($"unknown {request.Targets.ToString().ToLowerInvariant()}: {string.Join(", ", unknown)}.");
        }
        else if (buildings.Count == 0)
        {
            problems.Add("codes must name at least one compound, party branch or building (XF01-3).");
        }

        return problems;
    }

    private static void Apply(VolunteerActivity activity, ActivityRequest request, DateTimeOffset now)
    {
        activity.Title = request.Title!.Trim();
        activity.Place = request.Place!.Trim();
        activity.Description = request.Description?.Trim() ?? string.Empty;
        activity.Cron = request.Cron!.Trim();
        activity.Duration = TimeSpan.FromHours(request.DurationHours);
        activity.Capacity = request.Capacity;
        activity.TargetKind = request.Targets;
        activity.TargetCodes = string.Join(',', ActivityTargets.Split(request.Codes ?? string.Empty));
        activity.PartyMembersExpected = request.PartyMembersExpected;
        activity.SkipDates = request.SkipDates?.Trim() ?? string.Empty;
        activity.AnnounceBefore = TimeSpan.FromDays(request.AnnounceDaysBefore);
        activity.PointsPerHour = request.PointsPerHour;
        activity.UpdatedAt = now;
    }
}
