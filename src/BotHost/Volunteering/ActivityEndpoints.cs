using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Synchronisation;
using BuildingBot.Scheduling.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Volunteering;

/// <summary>
/// Admin API for volunteer activities (紅色星期天 and others): create, list, change, cancel; the coming
/// dates with sign-ups; a date's volunteers and check-ins; its check-in QR code; participation per
/// party branch; run its due steps now. Every change re-synchronises Hangfire with the database.
/// </summary>
internal static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/activities").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: volunteer activities");
        admin.MapPost("/", CreateAsync).WithSummary("Creates an activity: title, place, cron (in Community:TimeZone), capacity, targets, skipDates.");
        admin.MapGet("/", ListAsync).WithSummary("Activities with their next date.");
        admin.MapGet("/{id:int}", DetailAsync).WithSummary("An activity with its coming dates and sign-up counts.");
        admin.MapPut("/{id:int}", UpdateAsync).WithSummary("Changes an activity (capacity never below the confirmed volunteers of a coming date).");
        admin.MapDelete("/{id:int}", CancelAsync).WithSummary("Cancels an activity: no more announcements or reminders.");
        admin.MapPost("/{id:int}/run-now", RunNowAsync).WithSummary("Takes the activity's due steps now, as its minutely job would (nothing twice); lists them.");
        admin.MapGet("/occurrences/{occurrenceId:int}", OccurrenceAsync).WithSummary("One date: volunteers in order, waiting list, check-ins.");
        admin.MapGet("/occurrences/{occurrenceId:int}/qr.png", QrAsync).WithSummary("The date's check-in QR code (scanning gives “签到 CODE”).");
        admin.MapGet("/participation", ParticipationAsync).WithSummary("Check-ins, hours and points per party branch (party members counted apart).");
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(ActivityRequest request, ActivityService service, ScheduleSynchronizer synchronizer, CancellationToken ct)
    {
        var (activity, problems) = await service.CreateAsync(request, ct);
        if (activity is null)
        {
            return AdminProblems.Invalid("activity", problems);
        }

        await synchronizer.SyncAsync(ct);
        return Results.Created($"/admin/activities/{activity.Id}", View(activity));
    }

    private static async Task<IResult> UpdateAsync(int id, ActivityRequest request, ActivityService service, ScheduleSynchronizer synchronizer, CancellationToken ct)
    {
        var (activity, problems) = await service.UpdateAsync(id, request, ct);
        if (activity is null)
        {
            return Results.Problem(problems[0], statusCode: StatusCodes.Status404NotFound);
        }

        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("activity", problems);
        }

        await synchronizer.SyncAsync(ct);
        return Results.Ok(View(activity));
    }

    private static async Task<IResult> CancelAsync(int id, ActivityService service, ScheduleSynchronizer synchronizer, CancellationToken ct)
    {
        if (!await service.CancelAsync(id, ct))
        {
            return Results.Problem($"No active activity {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        await synchronizer.SyncAsync(ct);
        return Results.NoContent();
    }

    private static async Task<IResult> RunNowAsync(int id, CommunityDbContext db, ActivityRunner runner, CancellationToken ct)
    {
        var activity = await db.VolunteerActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return Results.Problem($"No activity {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (activity.Cancelled)
        {
            return Results.Problem($"Activity {id} is cancelled and has no steps to run.", statusCode: StatusCodes.Status409Conflict);
        }

        return Results.Ok(new { steps = await runner.RunAsync(id, ct) });
    }

    private static async Task<IResult> ListAsync(CommunityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var activities = await db.VolunteerActivities.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        return Results.Ok(activities.Select(a => new
        {
            activity = View(a),
            next = a.Cancelled ? null : ActivityCalendar.Between(a, now, now.AddDays(400)).Cast<DateTimeOffset?>().FirstOrDefault(),
        }));
    }

    private static async Task<IResult> DetailAsync(int id, CommunityDbContext db, VolunteerRegistration registration, TimeProvider clock, CancellationToken ct)
    {
        var activity = await db.VolunteerActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return Results.Problem($"No activity {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var now = clock.GetUtcNow();
        var dates = new List<object>();
        foreach (var start in ActivityCalendar.Between(activity, now, now.AddDays(35)).Take(5))
        {
            var occurrence = await registration.OccurrenceAsync(activity.Id, start, ct);
            var counts = await db.VolunteerSignUps.AsNoTracking().Where(s => s.OccurrenceId == occurrence.Id)
                .GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            dates.Add(new
            {
                occurrenceId = occurrence.Id, startsAt = start, occurrence.AnnouncedAt,
                confirmed = counts.FirstOrDefault(c => c.Key == SignUpStatus.Confirmed)?.Count ?? 0,
                waiting = counts.FirstOrDefault(c => c.Key == SignUpStatus.Waiting)?.Count ?? 0,
            });
        }

        return Results.Ok(new { activity = View(activity), dates });
    }

    private static async Task<IResult> OccurrenceAsync(int occurrenceId, CommunityDbContext db, CancellationToken ct)
    {
        var occurrence = await db.ActivityOccurrences.AsNoTracking().Include(o => o.Activity).FirstOrDefaultAsync(o => o.Id == occurrenceId, ct);
        if (occurrence is null)
        {
            return Results.Problem($"No occurrence {occurrenceId}.", statusCode: StatusCodes.Status404NotFound);
        }

        var volunteers = await db.VolunteerSignUps.AsNoTracking().Where(s => s.OccurrenceId == occurrenceId).OrderBy(s => s.Sequence)
            .Select(s => new { s.Resident!.DisplayName, s.Resident.IsPartyMember, s.Status, s.Sequence, s.SignedUpAt, s.CheckedInAt })
            .ToListAsync(ct);
        return Results.Ok(new
        {
            occurrence.Id, occurrence.StartsAt, occurrence.CheckInCode, occurrence.AnnouncedAt, occurrence.SummarizedAt,
            activity = occurrence.Activity!.Title, occurrence.Activity.Capacity, volunteers,
        });
    }

    private static async Task<IResult> QrAsync(int occurrenceId, CommunityDbContext db, CancellationToken ct)
    {
        var code = await db.ActivityOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId).Select(o => o.CheckInCode).FirstOrDefaultAsync(ct);
        if (code is null)
        {
            return Results.Problem($"No occurrence {occurrenceId}.", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(CheckInQr.Png(code), "image/png");
    }

    private static async Task<IResult> ParticipationAsync(CommunityDbContext db, CancellationToken ct)
    {
        var rows = await db.VolunteerCredits.AsNoTracking()
            .Select(c => new
            {
                Branch = c.Resident!.Household!.Unit!.Building!.Compound!.PartyBranch!.Name ?? "（无党支部）",
                c.Resident.IsPartyMember, c.Hours, c.Points, c.ResidentId,
            })
            .ToListAsync(ct);
        return Results.Ok(rows.GroupBy(r => r.Branch).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new
        {
            partyBranch = g.Key,
            checkIns = g.Count(),
            partyMemberCheckIns = g.Count(r => r.IsPartyMember),
            volunteers = g.Select(r => r.ResidentId).Distinct().Count(),
            hours = g.Sum(r => r.Hours),
            points = g.Sum(r => r.Points),
        }));
    }


    private static object View(VolunteerActivity a) => new
    {
        a.Id, a.Title, a.Place, a.Description, a.Cron, a.TimeZone, durationHours = a.Duration.TotalHours, a.Capacity, targets = a.TargetKind,
        codes = a.TargetCodes, a.PartyMembersExpected, a.SkipDates, announceDaysBefore = a.AnnounceBefore.TotalDays, a.PointsPerHour, a.Cancelled,
    };
}
