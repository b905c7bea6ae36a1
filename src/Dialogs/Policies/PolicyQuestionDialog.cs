using System.Globalization;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Identity;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// 政策咨询: answers from the policy base with the passage and its source (issuer, version, dates) when a policy surely
/// answers the question; when one only might (<see cref="PolicyHit.IsPlausible"/>) it asks whether that is what the
/// resident means before quoting it; when nothing fits, or the guess is wrong, it says so and offers to pass the
/// question to the grid member as a 咨询 order.
/// </summary>
public sealed class PolicyQuestionDialog : ComponentDialog
{
    public const string DialogId = "policyQuestion";
    private const string QuestionKey = "question";
    private const string GuessKey = "guess";
    private const string AnswerKey = "answer";
    private const string PassOnPrompt = "policyQuestion.passOn";
    private const string GuessPrompt = "policyQuestion.guess";
    private const string NotFound = "抱歉，政策库里没有找到可靠的答案，我不想给您不准确的信息。要我把这个问题转给网格员吗？他会尽快答复您。";

    private readonly HomeRegion _home;
    private readonly TurnScoped<PolicySearch> _policySearch;
    private readonly TurnScoped<WorkOrderService> _workOrderService;

    public PolicyQuestionDialog(HomeRegion home, TurnScoped<PolicySearch> policySearch, TurnScoped<WorkOrderService> workOrderService)
        : base(DialogId)
    {
        _home = home;
        _policySearch = policySearch;
        _workOrderService = workOrderService;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("answer", AnswerAsync),
            new WaterfallStep("guess", GuessAsync),
            new WaterfallStep("passOn", PassOnAsync),
        ]));
        AddDialog(new Prompts.ConfirmPrompt(PassOnPrompt));
        AddDialog(new Prompts.ConfirmPrompt(GuessPrompt));
    }

    /// <summary>"《title》（issuer，第n版，yyyy年M月d日起[至…]）", with 示例 for example policies.</summary>
    public static string Citation(PolicyInForce hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var v = hit.Version;
        var dates = v.EffectiveTo is { } to ? $"{Date(v.EffectiveFrom)}至{Date(to)}" : $"{Date(v.EffectiveFrom)}起";
        return $"《{v.Title}》（{v.SourceIssuer}，第{v.Number}版，{dates}{(hit.Policy.IsExample ? "，示例政策" : string.Empty)}）" +
            (v.SourceUrl is { } url ? $" {url}" : string.Empty);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var question = turn.Activity.Text?.Trim() ?? string.Empty;
        var date = (step.Options as RecognizerResult)?.When?.Date ?? ChineseDateTime.Today(turn.Now, turn.TimeZone);
        var hits = await _policySearch.In(turn)
            .SearchAsync(question, date, _home.Region, turn.CancellationToken).ConfigureAwait(false);
        if (hits.Count > 0 && hits[0].IsConfident)
        {
            turn.Send(Answer(hits));
            return await step.EndAsync().ConfigureAwait(false);
        }

        if ((step.Options as RecognizerResult)?.Intent is Intent.None)
        {
            // Not asked as a policy question and nothing surely fits: just say it was not understood.
            turn.Send(BotReplies.NotUnderstood);
            return await step.EndAsync().ConfigureAwait(false);
        }

        step.Values.Set(QuestionKey, question);
        if (hits.Count == 0 || !hits[0].IsPlausible)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        step.Values.Set(GuessKey, hits[0].Policy.Version.Title);
        step.Values.Set(AnswerKey, Answer(hits));
        return await step.PromptAsync(GuessPrompt, new PromptOptions
        {
            Prompt = $"我不太确定理解对了：您问的是《{hits[0].Policy.Version.Title}》方面的规定吗？",
        }).ConfigureAwait(false);
    }

    /// <summary>The guessed policy was right: quote it. Otherwise (no guess, or a wrong one) offer to pass the question on.</summary>
    private async Task<DialogTurnResult> GuessAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var guessed = step.Values.Get<string>(GuessKey) is not null;
        if (guessed && step.Result is true)
        {
            turn.Send(step.Values.Get<string>(AnswerKey)!);
            return await step.EndAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(PassOnPrompt, new PromptOptions
        {
            Prompt = guessed ? "好的，政策库里没有找到其他可靠的答案，我不想给您不准确的信息。要我把这个问题转给网格员吗？他会尽快答复您。" : NotFound,
        }).ConfigureAwait(false);
    }

    /// <summary>The best hit's passage with its source, and the other policies that surely fit too.</summary>
    private static string Answer(IReadOnlyList<PolicyHit> hits)
    {
        var best = hits[0];
        var more = hits.Skip(1).Where(h => h.IsConfident).Select(h => $"《{h.Policy.Version.Title}》").ToList();
        return $"{best.Passage}\n—— 出自{Citation(best.Policy)}" +
            (more.Count > 0 ? $"\n相关政策还有：{string.Join("、", more)}。" : string.Empty) +
            "\n以上仅供参考，具体以发布机关最新规定为准。";
    }

    private async Task<DialogTurnResult> PassOnAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        if (step.Result is not true)
        {
            turn.Send("好的。您也可以换个说法再问我，或发“帮助”看看我能做什么。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (turn.Identity is not { Kind: SenderKind.Resident, ResidentId: { } resident } identity
            || (identity.HomeBuildingId ?? identity.GroupBuildingId) is not { } building)
        {
            turn.Send("转给网格员前请先绑定房号（发“绑定房号”），这样我才知道该转给哪位网格员。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var outcome = await _workOrderService.In(turn).CreateAsync(new NewWorkOrder
        {
            SourceKey = $"consult:{turn.Activity.DeduplicationKey}", BuildingId = building, Category = ProblemCategory.Consultation,
            Description = step.Values.Get<string>(QuestionKey)!, ReporterId = resident, Actor = WorkOrderActor.Resident(resident, identity.DisplayName),
        }, turn.CancellationToken).ConfigureAwait(false);
        turn.Send(outcome.Order is { } order
            ? $"已转给{order.Assignee?.Name ?? "社区工作人员"}，咨询单号 {order.Number}，答复会私信给您。"
            : WorkOrders.WorkOrderRefusalText.ToChinese(outcome.Refusal!));
        return await step.EndAsync().ConfigureAwait(false);
    }
}
