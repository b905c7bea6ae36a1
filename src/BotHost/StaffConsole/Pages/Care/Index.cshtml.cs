using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.Care;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Care;

/// <summary>
/// 大脚板走访: visit coverage per grid today, the tagged households with their due days, care tags set on a household
/// (社区管理员, 网格长 and 网格员 within their reach; audited), and the tags' intervals (社区管理员; audited).
/// </summary>
public sealed class IndexModel(
    CommunityDbContext db, VisitCoverage coverage, VisitPlanner planner, CareTags careTags, AuditTrail audit, CommunityTimeZone zone, TimeProvider clock)
    : PageModel
{
    internal ConsoleScope Scope { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<GridCoverage> Coverage { get; private set; } = [];

    public IReadOnlyList<DueVisit> Plan { get; private set; } = [];

    public IReadOnlyList<CareTag> Tags { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Buildings { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MayEditIntervals => Scope.Role == StaffRoles.Admin;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Replaces a household's tags (an empty field removes them all); by household id, or by building, unit and room.</summary>
    public async Task<IActionResult> OnPostTagsAsync(int? householdId, int? buildingId, int? unit, string? room, string? tags, CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        if (!Scope.MayAct)
        {
            return Forbid();
        }

        var gridId = Scope.GridId;
        var household = await db.Households.AsNoTracking()
            .Where(h => householdId != null ? h.Id == householdId : h.Unit!.BuildingId == buildingId && h.Unit.Number == (unit ?? 1) && h.Room == (room ?? string.Empty).Trim())
            .Where(h => gridId == null || h.Unit!.Building!.GridId == gridId)
            .Select(h => new { h.Id, Place = h.Unit!.Building!.Compound!.Name + h.Unit.Building.Name + h.Unit.Number + "单元" + h.Room })
            .FirstOrDefaultAsync(cancellationToken);
        var names = CareTagDefaults.Split(tags);
        if (household is null || names.Any(n => n.Length > CareTag.NameLength))
        {
            await LoadAsync(cancellationToken);
            Message = household is null ? "没有找到这一户，或它不在您的范围内。" : $"每个标签最多 {CareTag.NameLength} 个字。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (before, after) = (await careTags.SetAsync(household.Id, names, cancellationToken))!.Value;
        audit.Describe("设置关爱标签", $"{household.Place}（#{household.Id}）", before, after);
        return RedirectToPage();
    }

    /// <summary>Sets how many days may pass between visits for households with this tag.</summary>
    public async Task<IActionResult> OnPostIntervalAsync(int tagId, int days, CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        if (!MayEditIntervals)
        {
            return Forbid();
        }

        var tag = await db.CareTags.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tagId, cancellationToken);
        if (tag is null || !await careTags.SetIntervalAsync(tagId, days, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            Message = "走访间隔应为 1–365 天。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        audit.Describe("修改走访间隔", $"关爱标签 {tag.Name}", $"{tag.VisitIntervalDays}天", $"{days}天");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Scope ??= await ConsoleScope.OfAsync(User, db, cancellationToken);
        Today = zone.Today(now);
        Coverage = await coverage.ComputeAsync(Scope.GridId, now, cancellationToken);
        Plan = await planner.PlanAsync(Scope.GridId, cancellationToken);
        Tags = await db.CareTags.AsNoTracking().OrderBy(t => t.VisitIntervalDays).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        var gridId = Scope.GridId;
        var buildings = await db.Buildings.AsNoTracking().Where(b => gridId == null || b.GridId == gridId)
            .OrderBy(b => b.Compound!.Code).ThenBy(b => b.Id).Select(b => new { b.Id, Name = b.Compound!.Name + b.Name }).ToListAsync(cancellationToken);
        Buildings = [.. buildings.Select(b => (b.Id, b.Name))];
    }
}
