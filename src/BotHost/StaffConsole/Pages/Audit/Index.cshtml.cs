using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Audit;

/// <summary>审计日志 (社区管理员 only): the newest changes first, filtered by who and by local dates; the same rows as CSV.</summary>
public sealed class IndexModel(StaffDbContext db, CommunityTimeZone zone) : PageModel
{
    public const int PageSize = 100;

    /// <summary>At most this many rows go into one export.</summary>
    public const int MaxExport = 100_000;

    private static readonly string[] Header = ["时间", "操作人", "来源地址", "请求", "结果", "操作", "对象", "操作前", "操作后"];

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Entries = await Filtered().OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>The filtered rows, newest first, as CSV; written straight to the response (no page after it).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"audit-log.csv\"";
        var rows = Filtered().OrderByDescending(a => a.Id).Take(MaxExport).AsAsyncEnumerable();
        var lines = new List<IReadOnlyList<string?>>();
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            lines.Add([Local(a.At), a.Actor, a.Address, $"{a.Method} {a.Path}", a.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.Action, a.Target, a.Before, a.After]);
        }

        await CsvExport.WriteAsync(Response.Body, Header, lines, cancellationToken);
        return new EmptyResult();
    }

    public string Local(DateTimeOffset at) => zone.Local(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public string Link(string? handler = null, int page = 1)
    {
        var query = new List<string>();
        if (handler is not null) { query.Add("handler=" + handler); }
        if (!string.IsNullOrWhiteSpace(Actor)) { query.Add("actor=" + Uri.EscapeDataString(Actor)); }
        if (From is { } from) { query.Add("from=" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); }
        if (To is { } to) { query.Add("to=" + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); }
        if (page > 1) { query.Add($"p={page}"); }
        return "/console/audit" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            entries = entries.Where(a => a.Actor.Contains(actor));
        }

        if (From is not null || To is not null)
        {
            var period = ReportPeriod.Between(From ?? DateOnly.MinValue.AddDays(1), To ?? DateOnly.MaxValue.AddDays(-1), zone);
            var (start, end) = (period.From, period.To);
            entries = entries.Where(a => a.At >= start && a.At < end);
        }

        return entries;
    }
}
