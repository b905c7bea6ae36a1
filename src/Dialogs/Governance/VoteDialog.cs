using System.Text.RegularExpressions;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Governance;

/// <summary>
/// 同意 / 反对 / 弃权 on the open vote of the resident's compound (or the matter a button names): the household votes,
/// not the person, and a later ballot of any of its residents replaces the earlier until the deadline. Unbound
/// residents are asked to bind first. The choice is secret: in a group the bot only says that a ballot was received.
/// </summary>
public sealed partial class VoteDialog(TurnScoped<CommunityDbContext> db) : Dialog(DialogId)
{
    public const string DialogId = "vote";

    private readonly TurnScoped<CommunityDbContext> _db = db;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var text = (options as RecognizerResult)?.Text ?? ChineseText.Normalize(turn.Activity.Text);
        if (turn.Identity is not { HouseholdId: { } household, HomeBuildingId: { } building })
        {
            turn.Answer("投票以户为单位。请先绑定房号（发“绑定房号”或百姓码），绑定后再投票。", "请先私聊我绑定房号，再投票。", new CardButton("绑定房号", "绑定房号"));
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var matter = await OpenVoteAsync(turn, building, Number().Match(text) is { Success: true } m ? m.Value.ToUpperInvariant() : null).ConfigureAwait(false);
        if (matter is null)
        {
            turn.Answer("您所在的小区目前没有进行中的业主表决。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var choice = text.Contains("不同意", StringComparison.Ordinal) || text.Contains("反对", StringComparison.Ordinal) ? VoteChoice.Against
            : text.Contains("弃权", StringComparison.Ordinal) ? VoteChoice.Abstain : VoteChoice.Agree;
        var outcome = await turn.Services.GetRequiredService<MatterService>()
            .CastAsync(matter.Id, household, choice, turn.CancellationToken).ConfigureAwait(false);
        if (outcome.Refusal is { } refusal)
        {
            turn.Answer($"议题 {matter.Number}：{refusal.Chinese()}。");
        }
        else
        {
            var change = outcome.Replaced ? "已改投" : "已记录";
            turn.Answer($"{change}您家对议题 {matter.Number}「{matter.Title}」的投票：{choice.Chinese()}。一户一票，截止前可以改投，以最后一次为准。",
                "已收到您家的投票（内容保密，详情已私信您）。");
        }

        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    private async Task<Matter?> OpenVoteAsync(ITurnContext turn, int building, string? number)
    {
        var db = _db.In(turn);
        var compound = await db.Buildings.AsNoTracking().Where(b => b.Id == building).Select(b => b.CompoundId)
            .FirstAsync(turn.CancellationToken).ConfigureAwait(false);
        var voting = await db.Matters.AsNoTracking().Where(m => m.CompoundId == compound && m.Status == MatterStatus.Voting)
            .OrderBy(m => m.Id).ToListAsync(turn.CancellationToken).ConfigureAwait(false);
        return number is null ? voting.FirstOrDefault() : voting.Find(m => m.Number == number);
    }

    [GeneratedRegex(@"[a-z0-9]+-yt[0-9]+")]
    private static partial Regex Number();
}
