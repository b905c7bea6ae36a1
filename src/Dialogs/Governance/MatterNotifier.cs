using BuildingBot.Community.Configuration;
using BuildingBot.Community.Events;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Governance;

/// <summary>
/// The messages a matter's changes cause, staged in the unit of work that saves the change: a rejection is told to
/// the proposer privately; the vote, the resolution (counts only) and the implementation result go to every building
/// group of the compound; a daily reminder goes privately to residents of households that have not voted.
/// Keys per (matter, what, recipient) keep each message single.
/// </summary>
public sealed class MatterNotifier(CommunityDbContext db, IOutbox outbox, TimeProvider clock, CommunityTimeZone timeZone)
    : IDomainEventConsumer<MatterChanged>
{
    public async Task HandleAsync(MatterChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var matter = domainEvent.Matter;
        var messages = domainEvent.Kind switch
        {
            MatterEventKind.Rejected => await ToProposerAsync(matter, cancellationToken).ConfigureAwait(false),
            MatterEventKind.VoteOpened => await ToGroupsAsync(matter, "vote", VoteText(matter), VoteButtons(matter), cancellationToken).ConfigureAwait(false),
            MatterEventKind.ResolutionPublished => await ToGroupsAsync(matter, "resolution", ResolutionText(matter), [], cancellationToken).ConfigureAwait(false),
            MatterEventKind.ImplementationPublished => await ToGroupsAsync(matter, "implementation",
                $"【实施结果公开】议题 {matter.Number}「{matter.Title}」的实施结果：{matter.ImplementationResult}", [], cancellationToken).ConfigureAwait(false),
            MatterEventKind.Reminded => await RemindersAsync(matter, cancellationToken).ConfigureAwait(false),
            _ => [],
        };
        await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>同意 / 反对 / 弃权 under the vote; a button's value names the matter.</summary>
    public static CardButton[] VoteButtons(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return [new("同意", $"同意 {matter.Number}"), new("反对", $"反对 {matter.Number}"), new("弃权", $"弃权 {matter.Number}")];
    }

    private string VoteText(Matter matter) =>
        $"【业主表决】议题 {matter.Number}「{matter.Title}」\n{matter.Text}\n" +
        $"类别：{matter.Kind.Chinese()}。请每户投票一次：回复“同意”“反对”或“弃权”（群里或私聊我都可以），" +
        $"截止 {Time(matter.VoteDeadline!.Value)}。以户计票，截止前可以改投，以最后一次为准；投票内容保密，只公开总数。";

    private static string ResolutionText(Matter matter)
    {
        var tally = matter.Result!;
        return $"【决议公开】议题 {matter.Number}「{matter.Title}」业主表决{(tally.Passed ? "通过" : "未通过")}：{MatterWords.Verdict(tally)}。\n{MatterWords.Counts(tally)}。";
    }

    private async Task<List<OutgoingMessage>> ToProposerAsync(Matter matter, CancellationToken cancellationToken)
    {
        var resident = matter.ProposerResidentId is { } id
            ? await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false) : null;
        if (resident?.ChannelUserId is not { } userId)
        {
            return [];
        }

        var step = matter.Steps[^1];
        return
        [
            new OutgoingMessage
            {
                Conversation = ConversationReference.Private(resident.Channel, userId),
                Text = $"您提的建议（议题 {matter.Number}「{matter.Title}」）在{step.Stage.Body()}阶段未通过，原因：{step.Note}。感谢您关心小区的事，欢迎继续提建议。",
                IdempotencyKey = $"matter:{matter.Number}:rejected:{resident.Id}",
            },
        ];
    }

    private async Task<List<OutgoingMessage>> ToGroupsAsync(
        Matter matter, string what, string text, CardButton[] buttons, CancellationToken cancellationToken)
    {
        var groups = await db.BuildingGroups.AsNoTracking().Where(g => g.Building!.CompoundId == matter.CompoundId)
            .OrderBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. groups.Select(g => new OutgoingMessage
            {
                Conversation = new ConversationReference(g.Channel, g.ChatId, ConversationKind.Group), Text = text, Buttons = buttons,
                IdempotencyKey = $"matter:{matter.Number}:{what}:{g.Channel}:{g.ChatId}",
            }),
        ];
    }

    private async Task<List<OutgoingMessage>> RemindersAsync(Matter matter, CancellationToken cancellationToken)
    {
        var voted = db.MatterBallots.Where(b => b.MatterId == matter.Id).Select(b => b.HouseholdId);
        var residents = await db.Residents.AsNoTracking()
            .Where(r => r.ChannelUserId != null && r.HouseholdId != null && !voted.Contains(r.HouseholdId.Value)
                && r.Household!.Unit!.Building!.CompoundId == matter.CompoundId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var day = matter.LastRemindedOn!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            .. residents.Select(r => new OutgoingMessage
            {
                Conversation = ConversationReference.Private(r.Channel, r.ChannelUserId!),
                Text = $"提醒：议题 {matter.Number}「{matter.Title}」的业主表决 {Time(matter.VoteDeadline!.Value)} 截止，您家还没有投票。回复“同意”“反对”或“弃权”即可（一户一票）。",
                Buttons = VoteButtons(matter),
                IdempotencyKey = $"matter:{matter.Number}:remind:{day}:{r.Id}",
            }),
        ];
    }

    private string Time(DateTimeOffset at)
    {
        var local = timeZone.Local(at);
        return $"{ChineseDateTime.Say(DateOnly.FromDateTime(local.DateTime), clock.GetUtcNow(), timeZone.Zone)} {local:HH:mm}";
    }
}
