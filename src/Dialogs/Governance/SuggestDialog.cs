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
/// 我有个建议：… / 建议 …: a resident's suggestion becomes a matter (议题) of their compound in stage 建议 (the compound
/// of their household, else of the group they write in). The proposer is told its number; staff take it further.
/// </summary>
public sealed partial class SuggestDialog(TurnScoped<CommunityDbContext> db) : Dialog(DialogId)
{
    public const string DialogId = "suggest";

    private readonly TurnScoped<CommunityDbContext> _db = db;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var text = Prefix().Replace(turn.Activity.Text?.Trim() ?? string.Empty, string.Empty).Trim();
        var building = turn.Identity.HomeBuildingId ?? turn.Identity.GroupBuildingId;
        var compound = building is { } id
            ? await _db.In(turn).Buildings.AsNoTracking().Where(b => b.Id == id).Select(b => (int?)b.CompoundId)
                .FirstOrDefaultAsync(turn.CancellationToken).ConfigureAwait(false)
            : null;
        if (compound is null)
        {
            turn.Send("提建议前请先绑定房号（发“绑定房号”），这样我才知道是哪个小区的事。", new CardButton("绑定房号", "绑定房号"));
        }
        else if (text.Length < 4)
        {
            turn.Send("请把建议写在一句话里，例如：“我有个建议：东门加装电动自行车充电桩”。");
        }
        else
        {
            var proposer = turn.Identity.DisplayName is { Length: > 0 } name ? name : "居民";
            var outcome = await turn.Services.GetRequiredService<MatterService>()
                .SuggestAsync(compound.Value, text, MatterKind.Ordinary, turn.Identity.ResidentId, proposer, turn.CancellationToken).ConfigureAwait(false);
            turn.Send(outcome.Matter is { } matter
                ? $"感谢您的建议！已登记为议题 {matter.Number}「{matter.Title}」。小区党组织会按“五议两公开”研究（提议→商议→审议→业主决议），结果会在楼栋群公开。"
                : outcome.Refusal!.Value.Chinese());
        }

        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    [GeneratedRegex(@"^(?:@\S+\s*)?(?:我(?:有|提)(?:个|一个|一条|条)?小?建议|建议)\s*[:：,，]?")]
    private static partial Regex Prefix();
}
