using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Synchronisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Activities;

/// <summary>One activity: its coming dates with confirmed and waiting volunteers (as GET /admin/activities/{id}); 社区管理员 may cancel it.</summary>
public sealed class DetailModel(CommunityDbContext db, VolunteerRegistration registration, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public VolunteerActivity Activity { get; private set; } = null!;

    public IReadOnlyList<(ActivityOccurrence Occurrence, int Confirmed, int Waiting, int CheckedIn)> Dates { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.VolunteerActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } activity)
        {
            return NotFound("没有这个活动。");
        }

        Activity = activity;
        CanManage = (await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded;
        var now = clock.GetUtcNow();
        var dates = new List<(ActivityOccurrence, int, int, int)>();
        var past = await db.ActivityOccurrences.AsNoTracking().Where(o => o.ActivityId == id).ToListAsync(cancellationToken);
        var coming = activity.Cancelled ? [] : ActivityCalendar.Between(activity, now, now.AddDays(35)).Take(5).ToList();
        foreach (var start in coming)
        {
            past.RemoveAll(o => o.StartsAt == start);
            dates.Add((await registration.OccurrenceAsync(activity.Id, start, cancellationToken), 0, 0, 0));
        }

        var occurrences = dates.Select(d => d.Item1).Concat(past.Where(o => o.StartsAt <= now).OrderByDescending(o => o.StartsAt).Take(5)).ToList();
        var ids = occurrences.Select(o => o.Id).ToList();
        var counts = await db.VolunteerSignUps.AsNoTracking().Where(s => ids.Contains(s.OccurrenceId))
            .GroupBy(s => new { s.OccurrenceId, s.Status, In = s.CheckedInAt != null }).Select(g => new { g.Key.OccurrenceId, g.Key.Status, g.Key.In, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Dates = [.. occurrences.Select(o => (o,
            counts.Where(c => c.OccurrenceId == o.Id && c.Status == SignUpStatus.Confirmed).Sum(c => c.Count),
            counts.Where(c => c.OccurrenceId == o.Id && c.Status == SignUpStatus.Waiting).Sum(c => c.Count),
            counts.Where(c => c.OccurrenceId == o.Id && c.In).Sum(c => c.Count)))];
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(
        int id, [FromServices] ActivityService service, [FromServices] ScheduleSynchronizer synchronizer, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await service.CancelAsync(id, cancellationToken))
        {
            await synchronizer.SyncAsync(cancellationToken);
        }

        return Redirect($"/console/activities/{id}");
    }
}
