using System.Text.RegularExpressions;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>
/// The work order a grid member is most likely answering: the one on the last message the bot sent to their
/// private chat, when that message was an order card with buttons and came in the last 30 minutes. "收到",
/// "弄好了" and "让小李跟一下" then act on that order without its number.
/// </summary>
public sealed partial class OrderOnCard(CommunityDbContext db)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    public async Task<string?> FindAsync(ConversationReference privateChat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(privateChat);
        var target = OutboxPayload.TargetKey(privateChat);
        var last = await db.OutboxMessages.AsNoTracking().Where(m => m.TargetKey == target)
            .OrderByDescending(m => m.Id).Select(m => new { m.Payload, m.CreatedAt }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (last is null || now - last.CreatedAt > Window)
        {
            return null;
        }

        var message = OutboxPayload.FromJson(last.Payload);
        return message.Buttons.Select(b => CardAction().Match(b.Value)).FirstOrDefault(m => m.Success)?.Groups["number"].Value;
    }

    [GeneratedRegex(@"^(?:接单|退回|办结|转派) (?<number>WO-[0-9]{8}-[0-9]+)$")]
    private static partial Regex CardAction();
}
