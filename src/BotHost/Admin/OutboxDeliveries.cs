using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// GET /admin/outbox?target=&amp;state=&amp;page=&amp;pageSize=: outbox rows newest first, of one target (its conversation id,
/// as the dead-letter list names it, or its target key such as <c>WeCom:Group:wrOgAAA</c>) and in one state.
/// </summary>
internal static class OutboxDeliveries
{
    private const int MaxTargetLength = 200;

    public static async Task<IResult> ListAsync(
        string? target, string? state, int? page, int? pageSize, CommunityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var problems = new List<string>();
        if (target is { Length: > MaxTargetLength })
        {
            problems.Add($"target is at most {MaxTargetLength} characters.");
        }

        var wanted = OutboxDeliveryStates.Read(state, problems);
        var paging = AdminPaging.Read(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("query", problems);
        }

        var now = clock.GetUtcNow();
        var rows = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrEmpty(target))
        {
            rows = rows.Where(m => m.ConversationId == target || m.TargetKey == target);
        }

        if (wanted is { } s)
        {
            rows = rows.Where(OutboxDeliveryStates.Is(s, now));
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return Results.Ok(paging.Of(total, items.ConvertAll(m => OutboxRowView.Of(m, now))));
    }
}
