using System.Text.RegularExpressions;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Volunteering;

/// <summary>
/// Volunteer days for residents, one message each: 报名 (the next activity for their building; the one
/// named when there are several), 取消报名 (the first in line moves up and is told), 签到 (in the window,
/// or with the code from the QR at the place), 我的积分. In a group the answer is short; details go privately.
/// </summary>
public sealed partial class VolunteerDialog(TurnScoped<CommunityDbContext> db, TurnScoped<VolunteerRegistration> volunteerRegistration) : Dialog(DialogId)
{
    private readonly TurnScoped<CommunityDbContext> _db = db;
    private readonly TurnScoped<VolunteerRegistration> _volunteerRegistration = volunteerRegistration;

    public const string DialogId = "volunteer";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var recognized = options as RecognizerResult ?? RecognizerResult.Empty;
        if (turn.Identity is not { ResidentId: { } residentId, HomeBuildingId: { } building })
        {
            turn.Send("参加志愿活动前请先绑定房号（发“绑定房号”），这样我才知道您所在的楼栋有哪些活动。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var services = turn.Services;
        var queries = services.GetRequiredService<VolunteerQueries>();
        switch (recognized.Intent)
        {
            case Intent.VolunteerPoints:
                var (points, hours, times) = await queries.PointsAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
                Answer(turn, times == 0 ? "您还没有志愿服务记录，欢迎报名参加社区活动！" : $"您累计志愿服务 {times} 次（志愿活动和邻里互助），服务 {hours:0.#} 小时，积分 {points} 分。");
                break;
            case Intent.VolunteerCancel:
                await CancelAsync(turn, residentId, queries).ConfigureAwait(false);
                break;
            case Intent.VolunteerCheckIn:
                await CheckInAsync(turn, residentId, recognized.Text, queries).ConfigureAwait(false);
                break;
            default:
                await SignUpAsync(turn, residentId, building, recognized.Text, queries).ConfigureAwait(false);
                break;
        }

        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    private async Task SignUpAsync(ITurnContext turn, int residentId, int building, string text, VolunteerQueries queries)
    {
        var upcoming = await queries.UpcomingAsync(building, turn.CancellationToken).ConfigureAwait(false);
        if (upcoming.Count == 0)
        {
            turn.Send("近期您所在的楼栋没有可以报名的活动，有新活动会在群里通知。");
            return;
        }

        var (activity, occurrence) = upcoming.FirstOrDefault(u => text.Contains(u.Activity.Title, StringComparison.Ordinal)) is { Activity: not null } named
            ? named : upcoming[0];
        var outcome = await _volunteerRegistration.In(turn).SignUpAsync(occurrence.Id, residentId, turn.CancellationToken).ConfigureAwait(false);
        var when = $"【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)}，地点：{activity.Place}";
        if (!outcome.Succeeded)
        {
            Answer(turn, $"{when}：{outcome.Error}");
            return;
        }

        if (outcome.Status == SignUpStatus.Confirmed)
        {
            Answer(turn, $"报名成功！{when}。活动前 24 小时和 1 小时会私信提醒您，到场后发“签到”。", group: "报名成功，详情已私信您。");
        }
        else
        {
            Answer(turn, $"{when} 名额已满，已为您登记候补第 {outcome.Position} 位，有人取消会马上通知您。", group: $"名额已满，已登记候补第 {outcome.Position} 位。");
        }
    }

    private async Task CancelAsync(ITurnContext turn, int residentId, VolunteerQueries queries)
    {
        var mine = await queries.MineAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            turn.Send("您目前没有报名的活动。");
            return;
        }

        var (activity, occurrence, _) = mine[0];
        var outcome = await _volunteerRegistration.In(turn).CancelAsync(occurrence.Id, residentId, turn.CancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            turn.Send(outcome.Error!);
            return;
        }

        Answer(turn, $"已取消报名：【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)}。欢迎下次参加！", group: "已取消报名。");
        if (outcome.PromotedResidentId is { } promoted
            && await _db.In(turn).Residents.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == promoted, turn.CancellationToken).ConfigureAwait(false) is { ChannelUserId: { } userId } resident)
        {
            turn.Send(new OutgoingMessage
            {
                Conversation = ConversationReference.Private(resident.Channel, userId),
                Text = $"好消息：有人取消了报名，您已从候补转为正式参加【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)}，地点：{activity.Place}。",
                IdempotencyKey = $"activity:{occurrence.Id}:promoted:{promoted}:{turn.Activity.DeduplicationKey}",
            });
        }
    }

    private async Task CheckInAsync(ITurnContext turn, int residentId, string text, VolunteerQueries queries)
    {
        var code = Code().Match(text) is { Success: true } match ? match.Groups["code"].Value.ToUpperInvariant() : null;
        var mine = await queries.MineAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
        var db = _db.In(turn);
        var occurrence = code is null
            ? mine.Where(m => m.Occurrence.StartsAt - VolunteerRegistration.CheckInOpensBefore <= turn.Now).Select(m => m.Occurrence).FirstOrDefault()
            : await db.ActivityOccurrences.AsNoTracking().FirstOrDefaultAsync(o => o.CheckInCode == code, turn.CancellationToken).ConfigureAwait(false);
        if (occurrence is null)
        {
            turn.Send(code is null ? "现在没有需要您签到的活动（活动开始前 30 分钟起可以签到）。" : "签到码不对，请扫描活动现场的二维码。");
            return;
        }

        var outcome = await _volunteerRegistration.In(turn)
            .CheckInAsync(occurrence.Id, residentId, code, turn.CancellationToken).ConfigureAwait(false);
        Answer(turn, outcome.Succeeded ? "签到成功，感谢您的参与！活动结束后志愿时长和积分会自动记入。" : outcome.Error!, group: outcome.Succeeded ? "签到成功！" : null);
    }

    /// <summary>In a group: a short line there and the details privately; in private: the details.</summary>
    private static void Answer(ITurnContext turn, string details, string? group = null)
    {
        if (turn.Activity.IsGroup && group is not null)
        {
            turn.Send(group);
            turn.SendPrivate(details);
        }
        else
        {
            turn.Send(details);
        }
    }

    [GeneratedRegex(@"签到\s*(?<code>[a-z0-9]{6})$")]
    private static partial Regex Code();
}
