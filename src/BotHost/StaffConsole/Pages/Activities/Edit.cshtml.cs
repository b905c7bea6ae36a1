using System.Globalization;
using BuildingBot.BotHost.StaffConsole.Activities;
using BuildingBot.BotHost.StaffConsole.Broadcasts;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Synchronisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Activities;

/// <summary>Create or change an activity (紅色星期天: 每周日 09:00) through <see cref="ActivityService"/>, as the admin API does; 社区管理员 only.</summary>
public sealed class EditModel(CommunityDbContext db, ActivityService service, ScheduleSynchronizer synchronizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string Every { get; set; } = "week";
    [BindProperty] public int Weekday { get; set; }
    [BindProperty] public int Day { get; set; } = 1;
    [BindProperty] public string Time { get; set; } = "09:00";
    [BindProperty] public double DurationHours { get; set; } = 2;
    [BindProperty] public int Capacity { get; set; } = 30;
    [BindProperty] public ActivityTargetKind Targets { get; set; }
    [BindProperty] public string? Codes { get; set; }
    [BindProperty] public bool PartyMembersExpected { get; set; }
    [BindProperty] public string? SkipDates { get; set; }
    [BindProperty] public int PointsPerHour { get; set; } = 10;
    [BindProperty] public double AnnounceDaysBefore { get; set; } = 3;

    /// <summary>An activity whose cron the builder cannot say (e.g. the first Sunday of a month) keeps it unless it is changed here.</summary>
    [BindProperty] public string? Cron { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return Page();
        }

        if (await db.VolunteerActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && !a.Cancelled, cancellationToken) is not { } a)
        {
            return NotFound("没有这个进行中的活动。");
        }

        (Title, Place, Description, Cron, DurationHours, Capacity) = (a.Title, a.Place, a.Description, a.Cron, a.Duration.TotalHours, a.Capacity);
        (Targets, Codes, PartyMembersExpected, SkipDates, PointsPerHour) = (a.TargetKind, a.TargetCodes, a.PartyMembersExpected, a.SkipDates, a.PointsPerHour);
        AnnounceDaysBefore = a.AnnounceBefore.TotalDays;
        Every = "keep";
        var fields = a.Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5 && int.TryParse(fields[0], CultureInfo.InvariantCulture, out var minute) && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var hour))
        {
            Time = $"{hour:00}:{minute:00}";
            (Every, Weekday, Day) = (fields[2], fields[4]) switch
            {
                ("*", "*") => ("day", 0, 1),
                ("*", "1-5") => ("workday", 0, 1),
                ("*", var w) when int.TryParse(w, CultureInfo.InvariantCulture, out var d) => ("week", d % 7, 1),
                (var m, "*") when int.TryParse(m, CultureInfo.InvariantCulture, out var d) => ("month", 0, d),
                _ => ("keep", 0, 1),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var built = CronWords.Build(Every, Weekday, Day, Time);
        var cron = Every == "keep" && Cron is { Length: > 0 } kept ? kept : built;
        var request = new ActivityRequest
        {
            Title = Title, Place = Place, Description = Description, Cron = cron, DurationHours = DurationHours, Capacity = Capacity,
            Targets = Targets, Codes = Codes, PartyMembersExpected = PartyMembersExpected, SkipDates = SkipDates, PointsPerHour = PointsPerHour,
            AnnounceDaysBefore = AnnounceDaysBefore,
        };
        var (activity, problems) = Id is { } id ? await service.UpdateAsync(id, request, cancellationToken) : await service.CreateAsync(request, cancellationToken);
        if (activity is null && Id is not null)
        {
            return NotFound("没有这个进行中的活动。");
        }

        if (problems.Count > 0 || activity is null)
        {
            Problems = [.. problems.Select(ActivityWords.Problem)];
            return Page();
        }

        await synchronizer.SyncAsync(cancellationToken);
        return Redirect($"/console/activities/{activity.Id}");
    }
}
