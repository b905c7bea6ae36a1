using BuildingBot.Community.Care;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.BotHost.StaffConsole.Reports;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages;

/// <summary>三率 dashboard: the rates and volumes of a period (this week, this month, or local dates) in the caller's scope.</summary>
public sealed class IndexModel(
    CommunityDbContext db, ServiceRateQuery query, WeeklyVolumeQuery weekly, VisitCoverage coverage, CommunityTimeZone zone, TimeProvider clock)
    : PageModel
{
    /// <summary>Custom periods up to ten years; longer ones fall back to this week.</summary>
    private const int MaxDays = 3660;

    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "week";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Community scopes may narrow the figures to one grid.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Grid { get; set; }

    internal ConsoleScope Scope { get; private set; } = null!;

    public ReportPeriod Range { get; private set; } = null!;

    public ServiceRates Rates { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Grids { get; private set; } = [];

    public string ZoneName => zone.Zone.Id;

    /// <summary>Orders reported per local week of the period, for the chart and the export.</summary>
    public IReadOnlyList<WeekVolume> Weeks { get; private set; } = [];

    /// <summary>大脚板走访 coverage today, per grid of the scope (or the chosen grid), shown next to the 三率.</summary>
    public IReadOnlyList<GridCoverage> Coverage { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var custom = Period == "custom" && From is not null && To is not null && Math.Abs(To.Value.DayNumber - From.Value.DayNumber) <= MaxDays;
        Period = custom ? "custom" : Period == "month" ? "month" : "week";
        Range = Period switch
        {
            "month" => ReportPeriod.ThisMonth(now, zone),
            "custom" => ReportPeriod.Between(From!.Value, To!.Value, zone),
            _ => ReportPeriod.ThisWeek(now, zone),
        };
        if (Scope.IsCommunity)
        {
            var grids = await db.Grids.AsNoTracking().OrderBy(g => g.Code).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
            Grids = [.. grids.Select(g => (g.Id, g.Name))];
            Grid = Grids.Any(g => g.Id == Grid) ? Grid : null;
        }

        Rates = await query.ComputeAsync(Range, Scope.GridId ?? Grid, now, cancellationToken);
        Weeks = await weekly.ComputeAsync(Range, Scope.GridId ?? Grid, cancellationToken);
        Coverage = await coverage.ComputeAsync(Scope.GridId ?? Grid, now, cancellationToken);
    }

    /// <summary>The same figures as an .xlsx file (?handler=Xlsx with the page's filters), scoped the same way.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var stream = new MemoryStream();
        await XlsxExport.WriteAsync(stream, DashboardSheets.Of(this), cancellationToken);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"三率-{Range.FirstDay:yyyyMMdd}-{Range.LastDay:yyyyMMdd}.xlsx");
    }
}
