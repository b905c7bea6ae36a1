using BuildingBot.Community.Categories;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Simulator;

/// <summary>
/// The grid inbox of the simulator: a grid member's open orders with the same buttons their private
/// chat (and a WeCom card) offers; pressing one runs the same command through the engine.
/// </summary>
internal static class GridInbox
{
    public static RouteGroupBuilder MapGridInbox(this RouteGroupBuilder api)
    {
        api.MapGet("/grid-members/{userId}/orders", ReadAsync).WithSummary("A grid member's open work orders, most urgent deadline first, with their actions.");
        return api;
    }

    private static async Task<IResult> ReadAsync(string userId, CommunityDbContext db, WorkOrderQueries queries, CancellationToken ct)
    {
        var member = await db.GridMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Channel == ChatChannel.Simulator && m.ChannelUserId == userId, ct);
        if (member is null)
        {
            return Results.Problem($"No simulator grid member '{userId}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var orders = await queries.ForMemberAsync(member.Id, ct);
        var reporters = await db.Residents.AsNoTracking().Where(r => orders.Select(o => o.ReporterId).Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, ct);
        return Results.Ok(orders.Select(o =>
        {
            var reporter = o.ReporterId is { } id ? reporters.GetValueOrDefault(id) : null;
            return new InboxOrder(
                o.Number, o.Status.ToChinese(), o.Category.ToChinese(), o.Urgency.ToChinese(), WorkOrderCards.Place(o, withRoom: true),
                o.Description, o.PhotoUrl, reporter?.DisplayName, o.ContactAllowed ? reporter?.Phone?.Reveal() : null,
                o.Status == WorkOrderStatus.Assigned ? o.AcceptDueAt : o.ResolveDueAt, o.EscalationLevel, WorkOrderCards.AssigneeButtons(o));
        }).ToList());
    }

    /// <summary>One order in the inbox; the phone only when the reporter allowed a call.</summary>
    internal sealed record InboxOrder(
        string Number, string Status, string Category, string Urgency, string Place, string Description, string? PhotoUrl,
        string? ReporterName, string? ReporterPhone, DateTimeOffset? DueAt, int EscalationLevel, IReadOnlyList<CardButton> Actions);
}
