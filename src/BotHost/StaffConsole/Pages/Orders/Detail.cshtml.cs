using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.BotHost.StaffConsole.Orders;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Orders;

/// <summary>
/// One order: its details and timeline, and the desk's actions with a reason — assign or transfer, reopen, close as a
/// duplicate, note — through the same domain services as the chat and the admin API; refusals in Chinese. 网格长 act
/// within their grid, 网格员 on their own orders only, 只读 not at all. Every action is described to the audit log.
/// </summary>
public sealed class DetailModel(
    CommunityDbContext db, WorkOrderLifecycle lifecycle, WorkOrderService service, WorkOrderDesk desk, AuditTrail audit) : PageModel
{
    [BindProperty]
    public int? MemberId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Original { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    internal ConsoleScope Scope { get; private set; } = null!;

    public WorkOrder Order { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Label)> Members { get; private set; } = [];

    /// <summary>Why the last action was refused, in Chinese.</summary>
    public string? Refusal { get; private set; }

    public bool MayAct => Scope.Role switch
    {
        StaffRoles.Admin or StaffRoles.GridLeader => true,
        StaffRoles.GridMember => Order.AssigneeId is { } assignee && assignee == Scope.MemberId,
        _ => false,
    };

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotInScope();

    public Task<IActionResult> OnPostAssignAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, "派单", (order, actor) => MemberId is not { } member || Members.All(m => m.Id != member)
            ? Task.FromResult(WorkOrderOutcome.Fail(new WorkOrderRefusal(WorkOrderRefusalKind.NoSuchMember, order.Number)))
            : order.Status == WorkOrderStatus.Submitted
                ? lifecycle.AssignAsync(order.Id, member, actor, Reason, null, cancellationToken)
                : desk.TransferToAsync(order.Id, actor, member, Reason ?? string.Empty, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, "重新打开", (order, actor) => service.ReopenAsync(order.Id, actor, Reason ?? string.Empty, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDuplicateAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, "合并为重复工单", (order, actor) =>
            desk.CloseAsDuplicateAsync(order.Id, actor, Original ?? string.Empty, Reason ?? string.Empty, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, "备注", (order, actor) => desk.AddNoteAsync(order.Id, actor, Reason ?? string.Empty, null, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(
        string number, string action, Func<WorkOrder, WorkOrderActor, Task<WorkOrderOutcome>> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotInScope();
        }

        if (!MayAct)
        {
            return Forbid();
        }

        var target = $"工单 {Order.Number}";
        var before = Snapshot(Order);
        var outcome = WorkOrderRefusal.ForText(Reason, WorkOrderTextField.Reason, Order.Number) is { } noReason
            ? WorkOrderOutcome.Fail(noReason)
            : await change(Order, Actor());
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal!.ToChinese();
            audit.Describe($"{action}（未成功）", target, before, Refusal);
            return Page();
        }

        audit.Describe(action, target, before, $"{Snapshot(outcome.Order!)}；原因：{Reason!.Trim()}");
        return Redirect($"/console/orders/{Uri.EscapeDataString(Order.Number)}?done={Uri.EscapeDataString(action)}");
    }

    private WorkOrderActor Actor() => Scope.MemberId is { } member
        ? WorkOrderActor.Member(member, User.Identity?.Name ?? "网格员")
        : WorkOrderActor.Admin(User.Identity?.Name ?? "管理员");

    private static string Snapshot(WorkOrder order) => $"{order.Status.ToChinese()}，负责人：{order.Assignee?.Name ?? "无"}";

    /// <summary>No such 工单 in the caller's scope: a 404 page that says so (the same for one that exists elsewhere).</summary>
    public bool Missing { get; private set; }

    private PageResult NotInScope()
    {
        Missing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var wanted = number.ToUpperInvariant();
        var order = await WorkOrderWriter.Load(OrderDeskQuery.InScope(db.WorkOrders.AsNoTracking(), Scope.GridId))
            .FirstOrDefaultAsync(o => o.Number == wanted, cancellationToken);
        if (order is null)
        {
            return false;
        }

        Order = order;
        var gridId = Scope.GridId;
        var members = await db.GridMembers.AsNoTracking().Where(m => gridId == null || m.GridId == gridId)
            .OrderBy(m => m.Grid!.Code).ThenBy(m => m.Id).Select(m => new { m.Id, m.Name, Grid = m.Grid!.Name }).ToListAsync(cancellationToken);
        Members = [.. members.Select(m => (m.Id, $"{m.Name}（{m.Grid}）"))];
        return true;
    }
}
