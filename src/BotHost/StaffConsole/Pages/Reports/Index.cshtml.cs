using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.BotHost.StaffConsole.Reports;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using BuildingBot.Community.WorkOrders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Reports;

/// <summary>
/// 报表导出: work orders, the 三率 by grid / member / category / month and volunteer attendance of a period, as .xlsx or .csv,
/// scoped like the dashboard (a grid account gets its grid only). Every export is written to the audit log (it hands out
/// residents' names, and a 社区管理员's order export their phones).
/// </summary>
public sealed class IndexModel(
    CommunityDbContext db, RateTables rates, OrderExportQuery orders, AttendanceQuery attendance, AuditTrail audit, CommunityTimeZone zone, TimeProvider clock)
    : PageModel
{
    private const int MaxDays = 3660;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Grid { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProblemCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkOrderStatus? Status { get; set; }

    /// <summary>xlsx (default) or csv.</summary>
    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "xlsx";

    /// <summary>The 三率 breakdown a CSV holds (grid, member, category, month); the .xlsx holds all four.</summary>
    [BindProperty(SupportsGet = true)]
    public string By { get; set; } = "grid";

    internal ConsoleScope Scope { get; private set; } = null!;

    public ReportPeriod Range { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Grids { get; private set; } = [];

    /// <summary>The 三率 by grid of the period, shown on the page.</summary>
    public XlsxExport.Sheet Preview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await FilterAsync(cancellationToken);
        Preview = await rates.SheetAsync("grid", Range, GridId, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<IActionResult> OnGetOrdersAsync(CancellationToken cancellationToken)
    {
        await FilterAsync(cancellationToken);
        var reveal = Scope.Role == StaffRoles.Admin;
        var rows = await orders.RowsAsync(Range, GridId, Category, Status, reveal, cancellationToken);
        Audited(reveal ? "导出工单（含居民电话）" : "导出工单", rows.Count);
        return await ReportFile.OfAsync(Format, $"工单-{Name()}", [new XlsxExport.Sheet("工单", OrderExportQuery.Header, rows)], cancellationToken);
    }

    public async Task<IActionResult> OnGetRatesAsync(CancellationToken cancellationToken)
    {
        await FilterAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var wanted = Format == "csv" ? RateTables.Breakdowns.Where(b => b.By == By).DefaultIfEmpty(RateTables.Breakdowns[0]) : RateTables.Breakdowns;
        var sheets = new List<XlsxExport.Sheet>();
        foreach (var (by, _) in wanted)
        {
            sheets.Add(await rates.SheetAsync(by, Range, GridId, now, cancellationToken));
        }

        Audited("导出三率", sheets.Count);
        return await ReportFile.OfAsync(Format, $"三率-{Name()}", sheets, cancellationToken);
    }

    public async Task<IActionResult> OnGetAttendanceAsync(CancellationToken cancellationToken)
    {
        await FilterAsync(cancellationToken);
        var rows = await attendance.RowsAsync(Range, GridId, cancellationToken);
        Audited("导出志愿服务出勤", rows.Count);
        return await ReportFile.OfAsync(Format, $"志愿服务-{Name()}", [new XlsxExport.Sheet("志愿服务出勤", AttendanceQuery.Header, rows)], cancellationToken);
    }

    /// <summary>The grid the figures cover: a grid account's own, else the one a community account chose (or none).</summary>
    private int? GridId => Scope.GridId ?? Grid;

    private async Task FilterAsync(CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        Format = Format == "csv" ? "csv" : "xlsx";
        var month = ReportPeriod.ThisMonth(clock.GetUtcNow(), zone);
        Range = From is { } from && To is { } to && Math.Abs(to.DayNumber - from.DayNumber) <= MaxDays ? ReportPeriod.Between(from, to, zone) : month;
        if (Scope.IsCommunity)
        {
            var grids = await db.Grids.AsNoTracking().OrderBy(g => g.Code).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
            Grids = [.. grids.Select(g => (g.Id, g.Name))];
            Grid = Grids.Any(g => g.Id == Grid) ? Grid : null;
        }
        else
        {
            Grid = null;
        }
    }

    private string Name() => $"{Range.FirstDay:yyyyMMdd}-{Range.LastDay:yyyyMMdd}";

    private void Audited(string action, int rows) => audit.Describe(action, $"{Range.FirstDay:yyyy-MM-dd} 至 {Range.LastDay:yyyy-MM-dd}，{Scope.Label}",
        after: $"{(Format == "csv" ? "CSV" : "Excel")}，{rows} {(action.StartsWith("导出三率", StringComparison.Ordinal) ? "张表" : "行")}" +
        (Grid is { } g ? $"，网格 #{g}" : null) + (Category is { } c ? $"，{c.ToChinese()}" : null) + (Status is { } s ? $"，{s.ToChinese()}" : null));
}
