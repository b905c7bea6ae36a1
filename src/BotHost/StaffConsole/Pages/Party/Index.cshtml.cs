using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.BotHost.StaffConsole.Reports;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Party;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.Party;

/// <summary>
/// 在职党员: registrations waiting for confirmation (confirmed here, audited), per compound how many confirmed members
/// serve at each post, and the month's service record per member, exportable as .xlsx for their workplace branches.
/// Scoped like the rest: a grid account sees the members living in its grid.
/// </summary>
public sealed class IndexModel(CommunityDbContext db, PartyRegistrations registrations, PartyServiceRecord record, AuditTrail audit,
    CommunityTimeZone zone, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> Header = ["姓名", "小区", "楼栋", "工作单位党组织", "服务岗位", "状态", "服务时长（小时）", "参加活动"];

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    internal ConsoleScope Scope { get; private set; } = null!;

    public DateOnly First { get; private set; }

    public IReadOnlyList<PartyServiceRow> Rows { get; private set; } = [];

    /// <summary>Per compound: confirmed members at each post.</summary>
    public IReadOnlyList<(string Compound, IReadOnlyDictionary<ServicePost, int> Posts)> Compounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostConfirmAsync(int registrationId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Scope.MayAct)
        {
            return Forbid();
        }

        var row = Rows.FirstOrDefault(r => r.RegistrationId == registrationId);
        if (row is null || !await registrations.ConfirmAsync(registrationId, User.Identity?.Name ?? "管理员", cancellationToken))
        {
            return NotFound();
        }

        audit.Describe("确认在职党员报到", $"{row.Name}（#{row.RegistrationId}，{row.Compound}）", "待确认", $"{row.WorkplaceBranch}，{row.Post.ToChinese()}");
        return RedirectToPage(new { Month });
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = Rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Compound, r.Home, r.WorkplaceBranch, r.Post.ToChinese(), r.Confirmed ? "已确认" : "待确认",
            r.Hours, string.Join("；", r.Activities)]).ToList();
        audit.Describe("导出在职党员服务记录", $"{First:yyyy-MM}，{Scope.Label}", after: $"Excel，{rows.Count} 行");
        return await ReportFile.OfAsync("xlsx", $"在职党员服务记录-{First:yyyyMM}", [new XlsxExport.Sheet("服务记录", Header, rows)], cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var today = zone.Today(clock.GetUtcNow());
        First = DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var chosen) ? chosen : new DateOnly(today.Year, today.Month, 1);
        Month = First.ToString("yyyy-MM", null);
        Rows = await record.MonthAsync(First.Year, First.Month, Scope.GridId, cancellationToken);
        Compounds = [.. Rows.Where(r => r.Confirmed).GroupBy(r => r.Compound).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyDictionary<ServicePost, int>)g.GroupBy(r => r.Post).ToDictionary(p => p.Key, p => p.Count())))];
    }
}
