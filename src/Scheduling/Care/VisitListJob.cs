using BuildingBot.Community.Care;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Care;

/// <summary>
/// Every morning: each visiting grid member's list of due and overdue visits, sent privately through the outbox
/// (rooms go to the member only; the log counts, never names a room). Once a day per member: the key holds the day.
/// </summary>
public sealed partial class VisitListJob(
    CommunityDbContext db, VisitPlanner planner, IOutbox outbox, TimeProvider clock, CommunityTimeZone zone, ILogger<VisitListJob> logger)
{
    public const string JobId = "care:visit-lists";

    /// <summary>07:30 in the community's time zone.</summary>
    public const string Cron = "30 7 * * *";

    /// <summary>Queues today's lists; returns how many members got one.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = zone.Today(clock.GetUtcNow());
        var members = await db.GridMembers.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<OutgoingMessage>();
        foreach (var member in members)
        {
            var list = await planner.ListAsync(member.Id, today, cancellationToken).ConfigureAwait(false);
            if (list.Count > 0)
            {
                messages.Add(new OutgoingMessage
                {
                    Conversation = ConversationReference.Private(member.Channel, member.ChannelUserId),
                    Text = VisitListText.Render(list, today),
                    IdempotencyKey = $"care:visits:{member.Id}:{today:yyyyMMdd}",
                });
            }
        }

        await outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        LogQueued(messages.Count, today);
        return messages.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} visit lists for {Day}")]
    private partial void LogQueued(int count, DateOnly day);
}
