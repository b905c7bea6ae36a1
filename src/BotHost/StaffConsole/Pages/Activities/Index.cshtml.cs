using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Activities;

/// <summary>志愿活动: the activities with their next date, and the points leaderboards (per building, per resident) of the caller's scope.</summary>
public sealed class IndexModel(CommunityDbContext db, VolunteerLeaderboard leaderboard, TimeProvider clock) : PageModel
{
    public const int Top = 20;

    public IReadOnlyList<(VolunteerActivity Activity, DateTimeOffset? Next)> Activities { get; private set; } = [];

    public IReadOnlyList<VolunteerLeaderboard.Row> Buildings { get; private set; } = [];

    public IReadOnlyList<VolunteerLeaderboard.Row> Residents { get; private set; } = [];

    public string ScopeLabel { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        ScopeLabel = scope.Label;
        var activities = await db.VolunteerActivities.AsNoTracking().OrderBy(a => a.Cancelled).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        Activities = [.. activities.Select(a => (a, a.Cancelled ? null : ActivityCalendar.Between(a, now, now.AddDays(400)).Cast<DateTimeOffset?>().FirstOrDefault()))];
        (Buildings, Residents) = await leaderboard.TopAsync(scope.GridId, Top, cancellationToken);
    }
}
