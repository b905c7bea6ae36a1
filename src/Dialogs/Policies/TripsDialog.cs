using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// 我的行程 lists the resident's registered trips that are not over; 取消出行登记 removes one (asking which when
/// there are several, or 全部). Trips are personal: in a group the list goes privately and a choice is asked privately.
/// </summary>
public sealed class TripsDialog : ComponentDialog
{
    public const string DialogId = "trips";
    private const string TripsKey = "trips";
    private const string WhichPrompt = "trips.which";
    private const string All = "全部取消";

    private readonly RegionDirectory _regions;
    private readonly TurnScoped<TripRegister> _tripRegister;

    public TripsDialog(RegionDirectory regions, TurnScoped<TripRegister> tripRegister)
        : base(DialogId)
    {
        _regions = regions;
        _tripRegister = tripRegister;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("cancel", CancelAsync),
        ]));
        AddDialog(new ChoicePrompt(WhichPrompt));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        if (turn.Identity.ResidentId is not { } residentId)
        {
            turn.Send("出行登记需要先绑定房号（发“绑定房号”）。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var trips = await _tripRegister.In(turn).UpcomingAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
        var regions = _regions;
        if (trips.Count == 0)
        {
            turn.Send("您没有未结束的出行登记。问我“下周去杭州要注意什么”即可登记。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (recognized.Intent == Intent.MyTrips)
        {
            var list = $"您登记的出行：\n{string.Join("\n", trips.Select((t, i) => $"{i + 1}. {Describe(t, regions, turn.Now, turn.TimeZone)}"))}\n相关政策有变化会私信您；不去了请发“取消出行登记”。";
            if (turn.Activity.IsGroup)
            {
                turn.Send("您的出行登记已私信给您。");
                turn.SendPrivate(list);
            }
            else
            {
                turn.Send(list);
            }

            return await step.EndAsync().ConfigureAwait(false);
        }

        if (trips.Count == 1)
        {
            return await step.NextAsync(trips[0].Id).ConfigureAwait(false);
        }

        if (turn.Activity.IsGroup)
        {
            turn.Send("您登记了几次出行，请私聊我发“取消出行登记”，选要取消的那一次。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        step.Values.Set(TripsKey, trips.Select(t => t.Id).ToList());
        return await step.PromptAsync(WhichPrompt, new PromptOptions
        {
            Prompt = "要取消哪一次出行登记？",
            Choices = [.. trips.Select(t => new Choice(Describe(t, regions, turn.Now, turn.TimeZone))), new Choice(All, ["全部", "都取消"])],
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CancelAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var residentId = turn.Identity.ResidentId!.Value;
        var register = _tripRegister.In(turn);
        var ids = step.Result switch
        {
            int one => [one],
            FoundChoice { Value: All } => step.Values.Get<List<int>>(TripsKey)!,
            FoundChoice choice => [step.Values.Get<List<int>>(TripsKey)![choice.Index]],
            _ => [],
        };
        var trips = (await register.UpcomingAsync(residentId, turn.CancellationToken).ConfigureAwait(false)).Where(t => ids.Contains(t.Id)).ToList();
        foreach (var trip in trips)
        {
            await register.CancelAsync(residentId, trip.Id, turn.CancellationToken).ConfigureAwait(false);
        }

        var regions = _regions;
        turn.Send(trips.Count == 0
            ? "这次出行登记已经取消过了。"
            : $"已取消出行登记：{string.Join("；", trips.Select(t => Describe(t, regions, turn.Now, turn.TimeZone)))}。之后不会再为这次出行提醒您。");
        return await step.EndAsync().ConfigureAwait(false);
    }

    private static string Describe(Trip trip, RegionDirectory regions, DateTimeOffset now, TimeZoneInfo zone) =>
        $"{ChineseDateTime.Say(trip.From, now, zone)}至{ChineseDateTime.Say(trip.To, now, zone)} {regions.Find(trip.RegionCode)?.Name ?? trip.RegionCode}";
}
