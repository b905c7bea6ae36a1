using BuildingBot.Community.Queueing;
using BuildingBot.BotHost.Access;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Admin;

/// <summary>GET /admin/outbox/dead-letters: messages that could not be delivered, with the channel's error text (e.g. WeCom 81013).</summary>
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
        return endpoints;
    }
}
