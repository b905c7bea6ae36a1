using System.Globalization;
using BuildingBot.BotHost.StaffConsole.Reports;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.Reports;

/// <summary>
/// The monthly report for the street office (?month=2026-11; this month by default): the 三率 with their definitions, the
/// rates by grid, grid member and category, and volunteer attendance, in the caller's scope; its print style sheet puts each
/// part on its own A4 page without the console's navigation.
/// </summary>
public sealed class MonthlyModel(
    CommunityDbContext db, ServiceRateQuery query, RateTables tables, AttendanceQuery attendance, CommunityTimeZone zone, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    internal ConsoleScope Scope { get; private set; } = null!;

    public ReportPeriod Range { get; private set; } = null!;

    public ServiceRates Rates { get; private set; } = null!;

    public IReadOnlyList<XlsxExport.Sheet> Tables { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<object?>> Attendance { get; private set; } = [];

    public DateTimeOffset PrintedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        PrintedAt = zone.Local(now);
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var first = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100
            ? month
            : ReportPeriod.ThisMonth(now, zone).FirstDay;
        Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Range = ReportPeriod.Between(first, first.AddMonths(1).AddDays(-1), zone);
        Rates = await query.ComputeAsync(Range, Scope.GridId, now, cancellationToken);
        var sheets = new List<XlsxExport.Sheet>();
        foreach (var by in new[] { "grid", "member", "category" })
        {
            sheets.Add(await tables.SheetAsync(by, Range, Scope.GridId, now, cancellationToken));
        }

        Tables = sheets;
        Attendance = await attendance.RowsAsync(Range, Scope.GridId, cancellationToken);
    }
}
