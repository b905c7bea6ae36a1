using System.Globalization;
using System.Text;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

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
    private const string EndKey = "end";
    private const string ChoicesKey = "choices";
    private const string WherePrompt = "travelAdvice.where";
    private const string WhichPrompt = "travelAdvice.which";
    private const string RegisterPrompt = "travelAdvice.register";

    private readonly RegionDirectory _regions;
    private readonly TurnScoped<PolicyBook> _policyBook;
    private readonly TurnScoped<TripRegister> _tripRegister;

    public TravelAdviceDialog(RegionDirectory regions, TurnScoped<PolicyBook> policyBook, TurnScoped<TripRegister> tripRegister)
        : base(DialogId)
    {
        _regions = regions;
        _policyBook = policyBook;
        _tripRegister = tripRegister;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("where", WhereAsync, "告诉我目的地即可，例如“杭州”“上海浦东”。"),
            new WaterfallStep("which", WhichAsync),
            new WaterfallStep("answer", AnswerAsync),
            new WaterfallStep("register", RegisterAsync),
        ]));
        AddDialog(new TextPrompt(WherePrompt, ValidatePlaceAsync));
        AddDialog(new ChoicePrompt(WhichPrompt));
        AddDialog(new TextPrompt(RegisterPrompt, ValidateRegisterAsync));
    }

    private async Task<DialogTurnResult> WhereAsync(WaterfallStepContext step)
    {
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        var (from, to) = TripDates.Read(recognized.Text, step.Turn.Now, step.Turn.TimeZone);
        step.Values.Set(DateKey, from);
        step.Values.Set(EndKey, to);
        var regions = _regions;
        if (TravelDestination.From(recognized.Text, recognized.Places, regions) is { Count: > 0 } destination)
        {
            return await step.NextAsync(destination).ConfigureAwait(false);
        }

        var prompt = recognized.Text.Contains("老家", StringComparison.Ordinal)
            ? "您老家在哪里？请说城市或区县，例如“安徽阜阳”。"
            : "您要去哪里？例如“杭州”或“上海浦东”。";
        return await step.PromptAsync(WherePrompt, new PromptOptions { Prompt = prompt }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhichAsync(WaterfallStepContext step)
    {
        var regions = _regions;
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
            Choices = ChoicesFor(candidates, regions),
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Options named "西湖区（杭州市）"; a word picks one only when no other option shares it: 北京 picks 朝阳区（北京市）,
    /// 朝阳市 picks 朝阳市（辽宁省）, but 辽宁 picks nothing when two of the places are in 辽宁.
    /// </summary>
    private static List<Choice> ChoicesFor(IReadOnlyList<Region> candidates, RegionDirectory regions)
    {
        var words = candidates.Select(c => regions.WithAncestors(c).Where(r => r != Region.National).SelectMany(RegionDirectory.NamesFor).ToHashSet()).ToList();
        return candidates.Select((c, i) => new Choice(regions.Describe(c), words[i]
                .Where(w => words.Where((_, j) => j != i).All(other => !other.Contains(w)))
                .Append(c.Name).Where(w => w != c.Name || candidates.Count(o => o.Name == c.Name) == 1)
                .Distinct().ToList()))
            .ToList();
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var regions = _regions;
        if (step.Result is FoundChoice choice)
        {
            step.Values.Set(RegionKey, step.Values.Get<List<string>>(ChoicesKey)![choice.Index]);
        }

        var region = regions.Find(step.Values.Get<string>(RegionKey)!)!;
        var (from, to) = (step.Values.Get<DateOnly>(DateKey), step.Values.Get<DateOnly>(EndKey));
        var policies = await _policyBook.In(turn).InForceAsync(region, from, to, PolicyTopic.Travel, turn.CancellationToken).ConfigureAwait(false);
        var when = ChineseDateTime.Say(from, turn.Now, turn.TimeZone);
        var span = $"{when}至{ChineseDateTime.Say(to, turn.Now, turn.TimeZone)}";
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
            Prompt = $"要登记这次出行吗（{span}，{region.Name}）？相关政策有变化时我会私信提醒您。回来的日期不一样的话，说“登记到{from.AddDays(3):M月d日}”这样即可。",
            Validations = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RegisterAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var answer = (string)step.Result!;
        var from = step.Values.Get<DateOnly>(DateKey);
        var to = TripDates.ReadEnd(answer, from, step.Turn.TimeZone) ?? step.Values.Get<DateOnly>(EndKey);
        if (ConfirmPrompt.Interpret(answer) is false)
        {
            turn.Send("好的，祝您出行顺利！");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var region = _regions.Find(step.Values.Get<string>(RegionKey)!)!;
        await _tripRegister.In(turn)
            .RegisterTripAsync(turn.Identity.ResidentId!.Value, region, from, to, turn.CancellationToken).ConfigureAwait(false);
        turn.Send($"已登记出行：{ChineseDateTime.Say(from, turn.Now, turn.TimeZone)}至{ChineseDateTime.Say(to, turn.Now, turn.TimeZone)}，{region.Name}。有新规定会第一时间告诉您，祝您出行顺利！");
        return await step.EndAsync().ConfigureAwait(false);
    }

    /// <summary>是/否, or the day the resident comes back ("登记到12月10日", "住三天").</summary>
    private static Task<bool> ValidateRegisterAsync(PromptValidatorContext<string> check)
    {
        var from = DateOnly.ParseExact(check.Options.Validations!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var understood = ConfirmPrompt.Interpret(check.Value) is not null || TripDates.ReadEnd(check.Value, from, check.Turn.TimeZone) is not null;
        check.RefusalMessage = understood ? null : $"请回复“是”或“否”；回来的日期不一样的话，说“登记到{from.AddDays(3):M月d日}”这样即可（不早于{from:M月d日}）。";
        return Task.FromResult(understood);
    }

    private Task<bool> ValidatePlaceAsync(PromptValidatorContext<string> check)
    {
        var regions = _regions;
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
