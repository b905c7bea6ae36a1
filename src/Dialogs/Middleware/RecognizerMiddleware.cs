using BuildingBot.Community.Governance;
using BuildingBot.Community.Identity;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>
/// Reads the message's intent, category and entities before the dialogs run, knowing who writes and what the bot
/// last showed them: a grid member answering an order card (收到, 弄好了) acts on that card's order, and a resident
/// with an open order reported in the last days (上午说的那个有人管吗) is read as likely asking after it.
/// </summary>
public sealed class RecognizerMiddleware(Recognizer recognizer, OrderOnCard orderOnCard, CommunityDbContext db) : IMiddleware
{
    /// <summary>How long after reporting a resident's open order colours what they write.</summary>
    public static readonly TimeSpan OpenOrderWindow = TimeSpan.FromDays(7);

    /// <summary>How long after it was posted an open 邻里互助 post makes 我来帮 an answer to it.</summary>
    public static readonly TimeSpan FreshHelpWindow = TimeSpan.FromHours(24);

    private static readonly string[] BallotWords = ["同意", "反对", "弃权", "赞成", "投"];
    private static readonly string[] HelpWords = ["帮", "需要", "好了", "完成", "不用"];

    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        if (turn.Identity.Kind != SenderKind.GridMember || turn.Activity.IsGroup || turn.Activity.Type != ActivityType.Message)
        {
            var residentCue = await VoteCueAsync(turn).ConfigureAwait(false) ? ConversationCue.Vote
                : await HelpCueAsync(turn).ConfigureAwait(false) ? ConversationCue.Help
                : turn.Activity.Type == ActivityType.Message && turn.Identity.ResidentId is { } resident
                && await HasRecentOpenOrderAsync(resident, turn.Now, turn.CancellationToken).ConfigureAwait(false)
                ? ConversationCue.Order : ConversationCue.None;
            turn.Recognized = recognizer.Recognize(turn.Activity.Text, SpeakerRole.Resident, residentCue) with { Cue = residentCue };
            await nextStep().ConfigureAwait(false);
            return;
        }

        var card = await orderOnCard.FindAsync(turn.Activity.Conversation, turn.Now, turn.CancellationToken).ConfigureAwait(false);
        var cue = card is null ? ConversationCue.None : ConversationCue.Card;
        var recognized = recognizer.Recognize(turn.Activity.Text, SpeakerRole.Grid, cue) with { Role = SpeakerRole.Grid, Cue = cue };
        turn.Recognized = recognized.Command is { OrderNumber: null } command && card is not null
            ? recognized with { Command = command with { OrderNumber = card }, OrderNumber = card }
            : recognized;
        await nextStep().ConfigureAwait(false);
    }

    // A ballot word (同意, 反对, 弃权, 投…) while a vote of the writer's compound (home, else the group's) is open.
    private async Task<bool> VoteCueAsync(ITurnContext turn)
    {
        var text = turn.Activity.Text ?? string.Empty;
        if (!BallotWords.Any(w => text.Contains(w, StringComparison.Ordinal))
            || (turn.Identity.HomeBuildingId ?? turn.Identity.GroupBuildingId) is not { } building)
        {
            return false;
        }

        return await db.Matters.AsNoTracking().AnyAsync(
            m => m.Status == MatterStatus.Voting && db.Buildings.Any(b => b.Id == building && b.CompoundId == m.CompoundId),
            turn.CancellationToken).ConfigureAwait(false);
    }

    // 我来帮, 已经帮好了, 不需要了 … while a help post of the writer's compound was posted in the last day and is open, or
    // (privately) while the writer has an open or matched post of their own or was accepted to help.
    private async Task<bool> HelpCueAsync(ITurnContext turn)
    {
        var text = turn.Activity.Text ?? string.Empty;
        if (turn.Activity.Type != ActivityType.Message || !HelpWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var since = turn.Now - FreshHelpWindow;
        if ((turn.Identity.HomeBuildingId ?? turn.Identity.GroupBuildingId) is { } building && await db.HelpPosts.AsNoTracking().AnyAsync(
            p => p.Status == HelpStatus.Open && p.CreatedAt >= since && db.Buildings.Any(b => b.Id == building && b.CompoundId == p.CompoundId),
            turn.CancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return !turn.Activity.IsGroup && turn.Identity.ResidentId is { } resident && await db.HelpPosts.AsNoTracking().AnyAsync(
            p => (p.PosterResidentId == resident && (p.Status == HelpStatus.Open || p.Status == HelpStatus.Matched))
                || (p.PartnerResidentId == resident && p.Status == HelpStatus.Matched),
            turn.CancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> HasRecentOpenOrderAsync(int residentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reported = await db.WorkOrders.AsNoTracking()
            .Where(o => o.Reporters.Any(r => r.ResidentId == residentId)
                && (o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted))
            .Select(o => o.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        return reported.Any(at => now - at <= OpenOrderWindow);
    }
}
