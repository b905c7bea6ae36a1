using System.Text.Json;
using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Unresolved;

namespace BuildingBot.Dialogs.Clarify;

/// <summary>
/// When the classifier is not sure enough to act, the bot does not guess: it asks one short question naming the
/// two or three things the message most likely wants (您是想：1 报事求助 2 查询进度 …), and the answer — a number,
/// the option's words, or 都不是 — starts that thing with the message as it was said. Nothing plausible: it says
/// it did not understand and offers the ways forward. A question left without an option (都不是, answers that are no
/// option, 取消, another command, silence until it expires) keeps the message as learning material.
/// </summary>
public sealed class ClarifyDialog(IEnumerable<DialogRoute> routes, LearningMaterial learning) : Dialog(DialogId)
{
    public const string DialogId = "clarify";

    /// <summary>The question's prompt, registered beside the dialog so the chosen dialog can take the clarification's place.</summary>
    public const string WhichPrompt = "clarify.which";

    private const string NoneOfThem = "都不是";
    private const string Question = "我想确认一下，您是想：";
    private const string RecognizedKey = "recognized";
    private const string MessageKey = "message";
    private const double Plausible = 0.15;

    private readonly Dictionary<Intent, DialogRoute> _routes = routes.GroupBy(r => r.Intent).ToDictionary(g => g.Key, g => g.First());

    /// <summary>What a message the bot is unsure of may want, worth asking about: intents with a dialog, not chit-chat or help.</summary>
    public IReadOnlyList<Intent> Options(RecognizerResult recognized)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var meaningful = recognized.Intent == Intent.None && recognized.Text.Count(char.IsLetter) >= 2;
        return meaningful
            ? recognized.Candidates.Where(c => c.Probability >= Plausible && _routes.ContainsKey(c.Intent) && Names.ContainsKey(c.Intent))
                .Select(c => c.Intent).ToList()
            : [];
    }

    /// <summary>The question asked, and its options, for a message (none when it would not be asked).</summary>
    public (string Prompt, IReadOnlyList<Choice> Choices)? QuestionFor(RecognizerResult recognized) =>
        Options(recognized) is { Count: > 0 } options ? (Question, ChoicesFor(options)) : null;

    private static List<Choice> ChoicesFor(IReadOnlyList<Intent> options) =>
        [.. options.Select(o => new Choice(Names[o], [Names[o].Split('（')[0], .. Synonyms.GetValueOrDefault(o, [])])), new Choice(NoneOfThem, ["不是", "都不对", "没有"])];

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognized = options as RecognizerResult ?? RecognizerResult.Empty;
        var choices = Options(recognized);
        if (choices.Count == 0)
        {
            dc.Turn.Send(BotReplies.NotUnderstood);
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        dc.ActiveDialog!.State[RecognizedKey] = JsonSerializer.SerializeToNode(recognized, StateJson.Options);
        dc.ActiveDialog.State[MessageKey] = JsonSerializer.SerializeToNode(LearningMaterial.Describe(dc.Turn, recognized), StateJson.Options);
        return await dc.BeginDialogAsync(WhichPrompt, new PromptOptions { Prompt = Question, Choices = ChoicesFor(choices) }).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var chosen = result is FoundChoice choice ? Names.FirstOrDefault(n => n.Value == choice.Value).Key : Intent.None;
        if (chosen == Intent.None || !_routes.TryGetValue(chosen, out var route))
        {
            await AbandonAsync(dc, dc.ActiveDialog!).ConfigureAwait(false);
            dc.Turn.Send("好的。您可以直接说要办的事，比如“3幢电梯坏了”“查询进度”“孩子入学要什么材料”，或发“帮助”看看我能做什么。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var recognized = dc.ActiveDialog!.State[RecognizedKey]?.Deserialize<RecognizerResult>(StateJson.Options) ?? RecognizerResult.Empty;
        return await dc.ReplaceDialogAsync(route.DialogId, recognized with { Intent = chosen, Confidence = 1 }).ConfigureAwait(false);
    }

    public override async Task AbandonAsync(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.State[MessageKey]?.Deserialize<LastUnderstood>(StateJson.Options) is { } message)
        {
            await learning.RecordAsync(message, UnresolvedReason.ClarifyUnanswered, dc.Turn.CancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly Dictionary<Intent, string[]> Synonyms = new()
    {
        [Intent.ReportProblem] = ["报事", "报修", "求助"],
        [Intent.QueryProgress] = ["查进度", "进度"],
        [Intent.PolicyQuestion] = ["政策", "咨询"],
        [Intent.TravelAdvice] = ["出行"],
        [Intent.VolunteerSignUp] = ["报名"],
    };

    private static readonly Dictionary<Intent, string> Names = new()
    {
        [Intent.ReportProblem] = "报事求助（请网格员处理）",
        [Intent.QueryProgress] = "查询已报事项的进度",
        [Intent.Rate] = "评价处理结果",
        [Intent.CancelOrder] = "撤销报事",
        [Intent.PolicyQuestion] = "政策咨询",
        [Intent.TravelAdvice] = "出行提醒",
        [Intent.MyTrips] = "查看出行登记",
        [Intent.CancelTrip] = "取消出行登记",
        [Intent.VolunteerSignUp] = "报名志愿活动",
        [Intent.VolunteerCancel] = "取消志愿报名",
        [Intent.VolunteerCheckIn] = "志愿活动签到",
        [Intent.VolunteerPoints] = "查志愿积分",
        [Intent.BindHousehold] = "绑定房号",
        [Intent.GridAccept] = "接单",
        [Intent.GridTransfer] = "转派工单",
        [Intent.GridResolve] = "办结工单",
        [Intent.GridReturn] = "退回工单",
        [Intent.GridMyOrders] = "查看我的工单",
    };
}
