using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>
/// What residents do with a 邻里互助 post: 我来帮 / 我需要 (the answerer's consent), 同意 / 不用了 (the poster's), 完成 or
/// 已经帮好了 (the asker confirms; the helper is credited), 撤销 or 不需要了 (the poster withdraws), 举报 HZ7 原因 (hidden for
/// review). Without a number it means the fresh post of the compound, or the writer's own. In a group the bot answers
/// briefly there and privately in full; contacts are only ever sent privately (by <see cref="HelpNotifier"/>).
/// </summary>
public sealed class HelpReplyDialog(TurnScoped<CommunityDbContext> db, TurnScoped<HelpService> help, IOptions<HelpOptions> options) : Dialog(DialogId)
{
    public const string DialogId = "helpReply";

    private readonly TurnScoped<CommunityDbContext> _db = db;
    private readonly TurnScoped<HelpService> _help = help;
    private readonly HelpOptions _options = options.Value;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var (verb, number, sequence, rest) = HelpPostWords.Command(turn.Activity.Text ?? string.Empty);
        var building = verb == HelpPostWords.Verb.Report ? turn.Identity.HomeBuildingId ?? turn.Identity.GroupBuildingId : turn.Identity.HomeBuildingId;
        if (turn.Identity.ResidentId is not { } me || building is null)
        {
            turn.Answer("邻里互助只在本小区邻居之间进行。请先绑定房号（发“绑定房号”或百姓码），绑定后再回应。", "请先私聊我绑定房号。",
                new CardButton("绑定房号", "绑定房号"));
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var compound = await _db.In(turn).Buildings.AsNoTracking().Where(b => b.Id == building).Select(b => b.CompoundId)
            .FirstAsync(turn.CancellationToken).ConfigureAwait(false);
        number ??= await ImpliedAsync(turn, verb, compound, me).ConfigureAwait(false);
        if (number is null)
        {
            turn.Answer(HelpText.Refusal(HelpRefusal.NotFound, null));
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var service = _help.In(turn);
        var ct = turn.CancellationToken;
        var outcome = verb switch
        {
            HelpPostWords.Verb.Agree or HelpPostWords.Verb.Decline => await service.DecideAsync(compound, number, me, sequence, verb == HelpPostWords.Verb.Agree, ct).ConfigureAwait(false),
            HelpPostWords.Verb.Confirm => await service.ConfirmAsync(compound, number, me, ct).ConfigureAwait(false),
            HelpPostWords.Verb.Withdraw => await service.WithdrawAsync(compound, number, me, ct).ConfigureAwait(false),
            HelpPostWords.Verb.Report => await service.ReportAsync(compound, number, me, rest, ct).ConfigureAwait(false),
            _ => await service.AnswerAsync(compound, number, me, ct).ConfigureAwait(false),
        };
        if (outcome.Refusal is { } refusal)
        {
            turn.Answer(HelpText.Refusal(refusal, number));
        }
        else
        {
            turn.Answer(Done(verb, outcome.Post!), verb == HelpPostWords.Verb.Answer ? "收到，详情已私信您。" : null);
        }

        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    private string Done(HelpPostWords.Verb verb, HelpPost post) => verb switch
    {
        HelpPostWords.Verb.Agree => $"好的，已为您和对方牵线（{post.Number}），双方的称呼和电话已私信发出。",
        HelpPostWords.Verb.Decline => $"好的，已告诉对方这次不用了（{post.Number}）。",
        HelpPostWords.Verb.Confirm => $"已确认 {post.Number} 完成，谢谢！帮忙的邻居记入时间银行 {_options.HoursPerHelp:0.#} 小时、{_options.PointsPerHelp} 积分。",
        HelpPostWords.Verb.Withdraw => $"已撤销 {post.Number}，楼栋群里的邻居不能再回应了。",
        HelpPostWords.Verb.Report => $"已收到您的举报，{post.Number} 已暂时隐藏，社区工作人员会尽快核实。",
        _ => $"谢谢您！我正在私下询问发布人是否需要（{post.Number}「{post.What}」）。双方都同意后，我会把彼此的联系方式私信给你们。",
    };

    // No number: 我来帮 means the compound's latest open post of the last day (not one's own); 已经帮好了 the writer's
    // latest matched help as the asker; 不需要了 the writer's latest open post.
    private async Task<string?> ImpliedAsync(ITurnContext turn, HelpPostWords.Verb verb, int compound, int me)
    {
        var posts = _db.In(turn).HelpPosts.AsNoTracking().Where(p => p.CompoundId == compound);
        var since = turn.Now - Middleware.RecognizerMiddleware.FreshHelpWindow;
        posts = verb switch
        {
            HelpPostWords.Verb.Confirm => posts.Where(p => p.Status == HelpStatus.Matched
                && (p.Kind == HelpKind.Need ? p.PosterResidentId == me : p.PartnerResidentId == me)),
            HelpPostWords.Verb.Withdraw => posts.Where(p => p.Status == HelpStatus.Open && p.PosterResidentId == me),
            HelpPostWords.Verb.Answer => posts.Where(p => p.Status == HelpStatus.Open && p.PosterResidentId != me && p.CreatedAt >= since),
            _ => posts.Where(_ => false),
        };
        return await posts.OrderByDescending(p => p.Id).Select(p => p.Number).FirstOrDefaultAsync(turn.CancellationToken).ConfigureAwait(false);
    }
}
