using BuildingBot.BotHost.Access;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// GET /admin/outbox/dead-letters: messages that could not be delivered, with the channel's error text (e.g. WeCom 81013);
/// GET /admin/outbox: every row, pending and recent, by target and state (<see cref="OutboxDeliveries"/>);
/// GET /admin/queues: the inbox and the outbox now — pending, held by a worker, dead-lettered, age of the oldest pending item.
/// </summary>
internal static class OutboxEndpoints
{
    public sealed record DeadLetter(long Id, string Channel, string Target, int Attempts, string? Error, DateTimeOffset CreatedAt);

    public static IEndpointRouteBuilder MapOutboxAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/outbox/dead-letters", async (CommunityDbContext db, CancellationToken ct) =>
            {
                var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.State == QueueState.DeadLettered)
                    .OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
                return rows.Select(m => new DeadLetter(m.Id, m.Channel.ToString(), m.ConversationId, m.Attempts, m.LastError, m.CreatedAt)).ToList();
            })
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin")
            .WithSummary("The newest 200 messages that were given up on, with why.");
        endpoints.MapGet("/admin/outbox", OutboxDeliveries.ListAsync)
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin")
            .WithSummary($"Outbox rows newest first, with attempts and last error: ?target=(conversation id or target key)&state=({OutboxDeliveryStates.Names})&page=1&pageSize=50.");
        endpoints.MapGet("/admin/queues", async (
                CommunityDbContext db, QueueStore<InboxMessage> inbox, QueueStore<OutboxMessage> outbox, CancellationToken ct) =>
                new Dictionary<string, QueueFigures>
                {
                    ["inbox"] = await inbox.FiguresAsync(db, ct),
                    ["outbox"] = await outbox.FiguresAsync(db, ct),
                })
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin")
            .WithSummary("The inbound and outbound queues now: pending, in progress, dead-lettered, and the oldest pending item's age in seconds.");
        return endpoints;
    }
}
