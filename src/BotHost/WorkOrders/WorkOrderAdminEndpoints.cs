using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.WorkOrders;

/// <summary>
/// Admin API for work orders: the list (queue, escalations), one order with its timeline, assigning a
/// queued order, reopening, and the routing rules (category → role, per compound or community-wide).
/// </summary>
internal static class WorkOrderAdminEndpoints
{
    public static IEndpointRouteBuilder MapWorkOrderAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: work orders");
        admin.MapGet("/work-orders", ListAsync).WithSummary("Orders, newest first; filter by status (Submitted = the community queue) or escalated=true.");
        admin.MapGet("/work-orders/{number}", DetailAsync).WithSummary("One order with its timeline (who, when, why).");
        admin.MapPost("/work-orders/{number}/assign", AssignAsync).WithSummary("Assigns a queued order to a grid member, or routes it again when no member is given.");
        admin.MapPost("/work-orders/{number}/reopen", ReopenAsync).WithSummary("Reopens a resolved or closed order with a reason.");
        admin.MapGet("/routing-rules", RulesAsync).WithSummary("Routing rules: which grid role handles a category (compound rules win over community-wide ones).");
        admin.MapPut("/routing-rules", PutRuleAsync).WithSummary("Creates or changes the rule for a category in a compound (or community-wide when compoundCode is empty).");
        admin.MapDelete("/routing-rules/{id:int}", DeleteRuleAsync).WithSummary("Removes a rule; the default role applies again.");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(WorkOrderStatus? status, bool? escalated, int? limit, CommunityDbContext db, CancellationToken ct)
    {
        var query = db.WorkOrders.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(o => o.Status == wanted);
        }

        if (escalated == true)
        {
            query = query.Where(o => o.EscalationLevel > 0);
        }

        var orders = await query.OrderByDescending(o => o.Id).Take(Math.Clamp(limit ?? 100, 1, 1000))
            .Select(o => new OrderSummary(o.Number, o.Status, o.Category, o.Urgency, o.Building!.Compound!.Name + o.Building.Name,
                o.Assignee == null ? null : o.Assignee.Name, o.EscalationLevel, o.CreatedAt, o.RoutingReason))
            .ToListAsync(ct);
        return Results.Ok(orders);
    }

    private static async Task<IResult> DetailAsync(string number, CommunityDbContext db, CancellationToken ct)
    {
        var wanted = number.ToUpperInvariant();
        var order = await db.WorkOrders.AsNoTracking().Include(o => o.Events).Include(o => o.Assignee).Include(o => o.Reporters)
            .Include(o => o.Building).ThenInclude(b => b!.Compound)
            .FirstOrDefaultAsync(o => o.Number == wanted, ct);
        return order is null
            ? NotFound(number)
            : Results.Ok(new OrderDetail(
                order.Number, order.Status, order.Category, order.Urgency, order.Building!.Compound!.Name + order.Building.Name, order.Description,
                order.Assignee?.Name, order.RoutingReason, order.Reporters.Count, order.AcceptDueAt, order.ResolveDueAt, order.Resolution,
                order.Rating, order.RatingComment, order.EscalationLevel,
                order.Events.OrderBy(e => e.Id).Select(e => new TimelineEntry(e.At, e.Kind, e.ActorKind, e.ActorName, e.FromStatus, e.ToStatus, e.Reason)).ToList()));
    }

    private static async Task<IResult> AssignAsync(
        string number, AssignRequest request, CommunityDbContext db, WorkOrderLifecycle lifecycle, AuditTrail audit, CancellationToken ct)
    {
        var id = await IdAsync(db, number, ct);
        if (id is null)
        {
            return NotFound(number);
        }

        var before = await SnapshotAsync(db, id.Value, ct);
        var outcome = await lifecycle.AssignAsync(id.Value, request.MemberId, WorkOrderActor.Admin(request.AdminName ?? "管理员"), null, ct);
        Describe(audit, "派单", number, before, outcome);
        return Outcome(outcome);
    }

    private static async Task<IResult> ReopenAsync(
        string number, ReopenRequest request, CommunityDbContext db, WorkOrderService service, AuditTrail audit, CancellationToken ct)
    {
        var id = await IdAsync(db, number, ct);
        if (id is null)
        {
            return NotFound(number);
        }

        var before = await SnapshotAsync(db, id.Value, ct);
        var outcome = await service.ReopenAsync(id.Value, WorkOrderActor.Admin(request.AdminName ?? "管理员"), request.Reason ?? string.Empty, null, ct);
        Describe(audit, "重新打开", number, before, outcome);
        return Outcome(outcome);
    }

    private static async Task<string?> SnapshotAsync(CommunityDbContext db, int id, CancellationToken ct) =>
        await db.WorkOrders.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Status, Assignee = o.Assignee == null ? null : o.Assignee.Name })
            .Select(o => o.Status.ToString() + ", " + (o.Assignee ?? "-")).FirstOrDefaultAsync(ct);

    private static void Describe(AuditTrail audit, string action, string number, string? before, WorkOrderOutcome outcome) =>
        audit.Describe(outcome.Succeeded ? action : $"{action}（未成功）", $"工单 {number.ToUpperInvariant()}", before,
            outcome.Succeeded ? $"{outcome.Order!.Status}, {outcome.Order.Assignee?.Name ?? "-"}" : outcome.Refusal!.ToEnglish());

    private static async Task<List<RuleView>> RulesAsync(CommunityDbContext db, CancellationToken ct) =>
        await db.RoutingRules.AsNoTracking().OrderBy(r => r.CompoundId).ThenBy(r => r.Category)
            .Select(r => new RuleView(r.Id, r.Compound == null ? null : r.Compound.Code, r.Category, r.Role)).ToListAsync(ct);

    private static async Task<IResult> PutRuleAsync(RuleRequest request, CommunityDbContext db, CancellationToken ct)
    {
        if (!Enum.TryParse<ProblemCategory>(request.Category, ignoreCase: true, out var category)
            || !Enum.TryParse<GridMemberRole>(request.Role, ignoreCase: true, out var role))
        {
            return Results.Problem(
                $"category must be one of {string.Join(", ", Enum.GetNames<ProblemCategory>())}; role one of {string.Join(", ", Enum.GetNames<GridMemberRole>())}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        int? compoundId = null;
        if (!string.IsNullOrWhiteSpace(request.CompoundCode))
        {
            compoundId = await db.Compounds.Where(c => c.Code == request.CompoundCode).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (compoundId is null)
            {
                return Results.Problem($"No compound with code '{request.CompoundCode}'.", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.CompoundId == compoundId && r.Category == category, ct);
        if (rule is null)
        {
            rule = new RoutingRule { CompoundId = compoundId, Category = category };
            db.RoutingRules.Add(rule);
        }

        rule.Role = role;
        await db.SaveChangesAsync(ct);
        return Results.Ok(new RuleView(rule.Id, request.CompoundCode, category, role));
    }

    private static async Task<IResult> DeleteRuleAsync(int id, CommunityDbContext db, CancellationToken ct) =>
        await db.RoutingRules.Where(r => r.Id == id).ExecuteDeleteAsync(ct) == 0
            ? Results.Problem($"No routing rule {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.NoContent();

    private static Task<int?> IdAsync(CommunityDbContext db, string number, CancellationToken ct)
    {
        var wanted = number.ToUpperInvariant();
        return db.WorkOrders.Where(o => o.Number == wanted).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Refusals carry the reason in English as the problem's detail, and its kind as an extension.</summary>
    private static IResult Outcome(WorkOrderOutcome outcome) => outcome.Succeeded
        ? Results.Ok(new { outcome.Order!.Number, outcome.Order.Status, Assignee = outcome.Order.Assignee?.Name, outcome.Order.RoutingReason })
        : Results.Problem(outcome.Refusal!.ToEnglish(), statusCode: StatusCodes.Status409Conflict, title: "The order cannot change that way now.",
            extensions: new Dictionary<string, object?> { ["refusal"] = outcome.Refusal!.Kind.ToString() });

    private static IResult NotFound(string number) => Results.Problem($"No work order '{number}'.", statusCode: StatusCodes.Status404NotFound);

    internal sealed record OrderSummary(
        string Number, WorkOrderStatus Status, ProblemCategory Category, Urgency Urgency, string Building, string? Assignee,
        int EscalationLevel, DateTimeOffset CreatedAt, string RoutingReason);

    internal sealed record OrderDetail(
        string Number, WorkOrderStatus Status, ProblemCategory Category, Urgency Urgency, string Building, string Description, string? Assignee,
        string RoutingReason, int Reporters, DateTimeOffset? AcceptDueAt, DateTimeOffset? ResolveDueAt, string? Resolution,
        WorkOrderRating? Rating, string? RatingComment, int EscalationLevel, IReadOnlyList<TimelineEntry> Timeline);

    internal sealed record TimelineEntry(
        DateTimeOffset At, WorkOrderEventKind Kind, WorkOrderActorKind ActorKind, string Actor, WorkOrderStatus From, WorkOrderStatus To, string? Reason);

    internal sealed record AssignRequest(int? MemberId, string? AdminName);

    internal sealed record ReopenRequest(string? Reason, string? AdminName);

    internal sealed record RuleRequest(string? CompoundCode, string Category, string Role);

    internal sealed record RuleView(int Id, string? CompoundCode, ProblemCategory Category, GridMemberRole Role);
}
