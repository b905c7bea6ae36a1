using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using BuildingBot.Community.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>
/// Volunteer attendance per activity date in a period, counted in the database: sign-ups confirmed, waiting and cancelled,
/// and check-ins; a grid scope counts only the residents of its buildings.
/// </summary>
public sealed class AttendanceQuery(CommunityDbContext db, CommunityTimeZone zone)
{
    public static readonly IReadOnlyList<string> Header = ["活动", "日期时间", "已报名", "候补", "已取消", "已签到", "签到率(%)"];

    public async Task<IReadOnlyList<IReadOnlyList<object?>>> RowsAsync(ReportPeriod period, int? gridId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var signUps = db.VolunteerSignUps.AsNoTracking();
        signUps = gridId is { } grid ? signUps.Where(s => s.Resident!.Household!.Unit!.Building!.GridId == grid) : signUps;
        var rows = await db.ActivityOccurrences.AsNoTracking()
            .Where(o => o.StartsAt >= period.From && o.StartsAt < period.To)
            .OrderBy(o => o.StartsAt).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.Activity!.Title, o.StartsAt,
                Confirmed = signUps.Count(s => s.OccurrenceId == o.Id && s.Status == SignUpStatus.Confirmed),
                Waiting = signUps.Count(s => s.OccurrenceId == o.Id && s.Status == SignUpStatus.Waiting),
                Cancelled = signUps.Count(s => s.OccurrenceId == o.Id && s.Status == SignUpStatus.Cancelled),
                CheckedIn = signUps.Count(s => s.OccurrenceId == o.Id && s.CheckedInAt != null),
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Title, zone.Local(r.StartsAt).ToString("yyyy-MM-dd HH:mm", null), r.Confirmed, r.Waiting, r.Cancelled, r.CheckedIn,
            new RateFigure(r.CheckedIn, r.Confirmed).Percent,
        ])];
    }
}
