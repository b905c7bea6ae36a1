using System.Globalization;
using System.Text;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// 出行建议: takes the destination (a place name; asks which one when two places share it, suggests
/// similar names for an unknown one) and the date (today when none), answers with the travel policies in
/// force then for the place and every level above it, most specific first, with dates and sources, and
/// offers to register the trip so later changes reach the resident.
/// </summary>
public sealed class TravelAdviceDialog : ComponentDialog
{
    public const string DialogId = "travelAdvice";
    private const string RegionKey = "region";
    private const string DateKey = "date";
    private const string ChoicesKey = "choices";
    private const string WherePrompt = "travelAdvice.where";
    private const string WhichPrompt = "travelAdvice.which";
    private const string RegisterPrompt = "travelAdvice.register";

    /// <summary>A registered trip lasts this long from its date unless the resident says otherwise.</summary>
    public const int TripDays = 7;

    public TravelAdviceDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("where", WhereAsync, "告诉我目的地即可，例如“杭州”“上海浦东”。"),
            new WaterfallStep("which", WhichAsync),
            new WaterfallStep("answer", AnswerAsync),
            new WaterfallStep("register", RegisterAsync),
        ]));
        AddDialog(new TextPrompt(WherePrompt, ValidatePlaceAsync));
        AddDialog(new ChoicePrompt(WhichPrompt));
        AddDialog(new Prompts.ConfirmPrompt(RegisterPrompt));
    }

    private static async Task<DialogTurnResult> WhereAsync(WaterfallStepContext step)
    {
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        var today = DateOnly.FromDateTime(step.Turn.Now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        step.Values.Set(DateKey, recognized.When?.Date is { } date && date >= today ? date : today);
        var regions = step.Turn.Services.GetRequiredService<RegionDirectory>();
        if (TravelDestination.From(recognized.Text, recognized.Places, regions) is { Count: > 0 } destination)
        {
            return await step.NextAsync(destination).ConfigureAwait(false);
        }

        var prompt = recognized.Text.Contains("老家", StringComparison.Ordinal)
            ? "您老家在哪里？请说城市或区县，例如“安徽阜阳”。"
            : "您要去哪里？例如“杭州”或“上海浦东”。";
        return await step.PromptAsync(WherePrompt, new PromptOptions { Prompt = prompt }).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> WhichAsync(WaterfallStepContext step)
    {
        var regions = step.Turn.Services.GetRequiredService<RegionDirectory>();
        var candidates = step.Result as IReadOnlyList<Region>
            ?? (step.Result is string answer ? TravelDestination.From(answer, regions.FindInText(answer), regions) : null)
            ?? [];
        if (candidates.Count == 1)
        {
            step.Values.Set(RegionKey, candidates[0].Code);
            return await step.NextAsync().ConfigureAwait(false);
        }

        step.Values.Set(ChoicesKey, candidates.Select(c => c.Code).ToList());
        return await step.PromptAsync(WhichPrompt, new PromptOptions
        {
            Prompt = "有几个地方叫这个名字，您去的是哪一个？",
            // 北京, 辽宁 …: naming the larger place picks the option inside it.
            Choices = candidates.Select(c => new Choice(regions.Describe(c),
                regions.WithAncestors(c).Skip(1).Where(a => a != Region.National).SelectMany(RegionDirectory.NamesFor).ToList())).ToList(),
        }).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var regions = turn.Services.GetRequiredService<RegionDirectory>();
        if (step.Result is FoundChoice choice)
        {
            step.Values.Set(RegionKey, step.Values.Get<List<string>>(ChoicesKey)![choice.Index]);
        }

        var region = regions.Find(step.Values.Get<string>(RegionKey)!)!;
        var date = step.Values.Get<DateOnly>(DateKey);
        var policies = await turn.Services.GetRequiredService<PolicyBook>().InForceAsync(region, date, PolicyTopic.Travel, turn.CancellationToken).ConfigureAwait(false);
        var when = date.ToString("M月d日", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (policies.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"政策库里暂时没有{when}{regions.Describe(region)}的出行规定，出发前请留意当地发布的最新通知。");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{when}去{regions.Describe(region)}，在这些出行规定有效期内（由近到远）：");
            foreach (var hit in policies)
            {
                var first = hit.Version.Told.Split('。')[0];
                text.Append(CultureInfo.InvariantCulture, $"\n· [{hit.Region.Name}] {first}。\n  —— {PolicyQuestionDialog.Citation(hit)}");
            }
        }

        turn.Send(text.ToString());
        if (turn.Identity.ResidentId is null)
        {
            return await step.EndAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(RegisterPrompt, new PromptOptions
        {
            Prompt = $"要登记这次出行吗（{when}起去{region.Name}）？相关政策有变化时我会私信提醒您。",
        }).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> RegisterAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        if (step.Result is not true)
        {
            turn.Send("好的，祝您出行顺利！");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var region = turn.Services.GetRequiredService<RegionDirectory>().Find(step.Values.Get<string>(RegionKey)!)!;
        var date = step.Values.Get<DateOnly>(DateKey);
        await turn.Services.GetRequiredService<TripRegister>()
            .RegisterTripAsync(turn.Identity.ResidentId!.Value, region, date, date.AddDays(TripDays), turn.CancellationToken).ConfigureAwait(false);
        turn.Send($"已登记出行：{date:M月d日}至{date.AddDays(TripDays):M月d日}，{region.Name}。有新规定会第一时间告诉您，祝您出行顺利！");
        return await step.EndAsync().ConfigureAwait(false);
    }

    private static Task<bool> ValidatePlaceAsync(PromptValidatorContext<string> check)
    {
        var regions = check.Turn.Services.GetRequiredService<RegionDirectory>();
        if (regions.FindInText(check.Value).Count > 0)
        {
            return Task.FromResult(true);
        }

        var similar = regions.Suggest(check.Value.Trim());
        check.RefusalMessage = similar.Count == 0
            ? "没有找到这个地方，请说城市或区县的名字，例如“杭州”“浦东”。"
            : $"没有找到“{check.Value.Trim()}”，您是不是要去：{string.Join("、", similar.Select(regions.Describe))}？请再说一次目的地。";
        return Task.FromResult(false);
    }
}
