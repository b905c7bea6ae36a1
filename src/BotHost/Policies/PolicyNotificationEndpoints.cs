using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Policies;

/// <summary>
/// GET /admin/policies/{id}/versions/{n}/notifications: who was told of a policy version — the residents with a trip
/// there and the groups that follow its topic — read from the outbox rows keyed under the version
/// (<see cref="PolicyNotificationKeys"/>), each with its delivery state.
/// </summary>
internal static class PolicyNotificationEndpoints
{
    public static IEndpointRouteBuilder MapPolicyNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/policies/{id:int}/versions/{n:int}/notifications", ListAsync)
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin: policies")
            .WithSummary("Who was told of a policy version (residents, groups), when, and each notice's delivery state: ?page=1&pageSize=50.");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(int id, int n, int? page, int? pageSize, CommunityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var problems = new List<string>();
        var paging = AdminPaging.Read(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("query", problems);
        }

        var version = await db.PolicyVersions.AsNoTracking().Where(v => v.PolicyId == id && v.Number == n)
            .Select(v => new { v.Title }).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Results.Problem(
                await db.Policies.AnyAsync(p => p.Id == id, ct) ? $"Policy {id} has no version {n}." : $"No policy {id}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var now = clock.GetUtcNow();
        var prefix = PolicyNotificationKeys.Prefix(id, n);
        var rows = db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix));
        var states = Enum.GetValues<OutboxDeliveryState>().ToDictionary(s => s, _ => 0);
        foreach (var state in Enum.GetValues<OutboxDeliveryState>())
        {
            states[state] = await rows.CountAsync(OutboxDeliveryStates.Is(state, now), ct);
        }

        var pageRows = await rows.OrderBy(m => m.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var items = await ViewsAsync(pageRows, prefix, now, db, ct);
        return Results.Ok(new PolicyNotificationsPage(id, n, version.Title, states, states.Values.Sum(), paging.Page, paging.PageSize, items));
    }

    private static async Task<List<PolicyNotificationView>> ViewsAsync(
        List<OutboxMessage> rows, string prefix, DateTimeOffset now, CommunityDbContext db, CancellationToken ct)
    {
        var recipients = rows.ConvertAll(r => PolicyNotificationKeys.Recipient(r.IdempotencyKey, prefix));
        var residentIds = recipients.Where(r => r?.ResidentId is not null).Select(r => r!.ResidentId!.Value).Distinct().ToList();
        var names = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.DisplayName, ct);
        var chatIds = recipients.Where(r => r?.ChatId is not null).Select(r => r!.ChatId!).Distinct().ToList();
        var groups = await db.BuildingGroups.AsNoTracking().Where(g => chatIds.Contains(g.ChatId))
            .Select(g => new { g.Channel, g.ChatId, g.Name }).ToListAsync(ct);
        return rows.Select((row, i) => recipients[i] switch
        {
            { ResidentId: { } residentId } r => new PolicyNotificationView(
                "resident", residentId, names.GetValueOrDefault(residentId), null, r.Part, OutboxRowView.Of(row, now)),
            { } r => new PolicyNotificationView(
                "group", null, null, groups.FirstOrDefault(g => g.Channel == r.Channel && g.ChatId == r.ChatId)?.Name, r.Part, OutboxRowView.Of(row, now)),
            null => new PolicyNotificationView("other", null, null, null, 1, OutboxRowView.Of(row, now)),
        }).ToList();
    }
}
