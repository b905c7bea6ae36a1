using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Map;

/// <summary>
/// One building of the 村情图: its orders and its residents, phones masked; a 社区管理员 may reveal one phone at a time
/// (a POST, written to the audit log without the number). A grid scope sees its grid's buildings only (others: 404).
/// </summary>
public sealed class BuildingModel(CommunityDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    private const int MaxOrders = 50;
    private const int MaxResidents = 500;

    internal ConsoleScope Scope { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public string? GridName { get; private set; }

    public IReadOnlyList<OrderRow> Orders { get; private set; } = [];

    public IReadOnlyList<ResidentRow> Residents { get; private set; } = [];

    public int? RevealedId { get; private set; }

    public string? RevealedPhone { get; private set; }

    public bool MayReveal => Scope.Role == StaffRoles.Admin;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotInScope();

    public async Task<IActionResult> OnPostRevealAsync(int id, int residentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotInScope();
        }

        if (!MayReveal)
        {
            return Forbid();
        }

        var resident = Residents.FirstOrDefault(r => r.Id == residentId);
        var phone = await db.Residents.AsNoTracking().Where(r => r.Id == residentId).Select(r => r.Phone).FirstOrDefaultAsync(cancellationToken);
        if (resident is null || phone is null)
        {
            return NotFound();
        }

        RevealedId = residentId;
        RevealedPhone = phone.Value.Reveal();
        audit.Describe("查看居民电话", $"居民 {resident.Name}（#{resident.Id}，{Title}）");
        return Page();
    }

    /// <summary>No such 楼栋 in the caller's scope: a 404 page that says so (the same for one that exists elsewhere).</summary>
    public bool Missing { get; private set; }

    private PageResult NotInScope()
    {
        Missing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var gridId = Scope.GridId;
        var building = await db.Buildings.AsNoTracking().Where(b => b.Id == id && (gridId == null || b.GridId == gridId))
            .Select(b => new { Title = b.Compound!.Name + b.Name, Grid = b.Grid == null ? null : b.Grid.Name }).FirstOrDefaultAsync(cancellationToken);
        if (building is null)
        {
            return false;
        }

        (Title, GridName) = (building.Title, building.Grid);
        var orders = await db.WorkOrders.AsNoTracking().Where(o => o.BuildingId == id)
            .OrderBy(o => o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted ? 0 : 1)
            .ThenByDescending(o => o.Id).Take(MaxOrders)
            .Select(o => new OrderRow(o.Number, o.Status, o.Category, o.Urgency, o.Description, o.Assignee == null ? null : o.Assignee.Name, o.CreatedAt,
                o.Status == WorkOrderStatus.Assigned ? o.AcceptDueAt : o.Status == WorkOrderStatus.Accepted ? o.ResolveDueAt : null))
            .ToListAsync(cancellationToken);
        Orders = orders;
        var residents = await db.Residents.AsNoTracking().Where(r => r.Household!.Unit!.BuildingId == id)
            .OrderBy(r => r.Household!.Unit!.Number).ThenBy(r => r.Household!.Room).ThenBy(r => r.Id).Take(MaxResidents)
            .Select(r => new { r.Id, r.DisplayName, Unit = r.Household!.Unit!.Number, r.Household.Room, Bound = r.ChannelUserId != null, r.Phone })
            .ToListAsync(cancellationToken);
        Residents = [.. residents.Select(r => new ResidentRow(r.Id, r.DisplayName, $"{r.Unit}单元{r.Room}", r.Bound, r.Phone?.Masked))];
        return true;
    }

    public sealed record OrderRow(
        string Number, WorkOrderStatus Status, Community.Categories.ProblemCategory Category, Urgency Urgency, string Description, string? Assignee,
        DateTimeOffset CreatedAt, DateTimeOffset? DueAt);

    /// <summary>A resident as the page shows them: the phone only masked.</summary>
    public sealed record ResidentRow(int Id, string Name, string Home, bool Bound, string? MaskedPhone);
}
