using System.Text.RegularExpressions;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.FollowUp;

/// <summary>
/// 评价: 满意 / 基本满意 / 不满意 (typed, or the buttons of the 已办结 message) for the named order or the
/// resident's one order waiting for a rating; then an optional comment. 不满意 reopens the order.
/// </summary>
public sealed partial class RateOrderDialog : ComponentDialog
{
    public const string DialogId = "rateOrder";
    private const string OrderKey = "order";
    private const string CommentPrompt = "rateOrder.comment";

    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries;
    private readonly TurnScoped<WorkOrderService> _workOrderService;

    public RateOrderDialog(TurnScoped<WorkOrderQueries> workOrderQueries, TurnScoped<WorkOrderService> workOrderService)
        : base(DialogId)
    {
        _workOrderQueries = workOrderQueries;
        _workOrderService = workOrderService;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("rate", RateAsync),
            new WaterfallStep("comment", CommentAsync),
        ]));
        AddDialog(new TextPrompt(CommentPrompt));
    }

    /// <summary>The rating a message gives, if any.</summary>
    internal static WorkOrderRating? Read(string text) =>
        Dissatisfied().IsMatch(text) ? WorkOrderRating.Dissatisfied
        : Fair().IsMatch(text) ? WorkOrderRating.FairlySatisfied
        : Satisfied().IsMatch(text) ? WorkOrderRating.Satisfied
        : null;

    private async Task<DialogTurnResult> RateAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        if (turn.Identity.ResidentId is not { } residentId)
        {
            turn.Send("您目前没有待评价的工单。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var queries = _workOrderQueries.In(turn);
        var waiting = (await queries.ForReporterAsync(residentId, turn.CancellationToken).ConfigureAwait(false))
            .Where(o => o.Status == WorkOrderStatus.Resolved).ToList();
        var order = recognized.OrderNumber is { } number
            ? await queries.FindAsync(number, null, residentId, turn.CancellationToken).ConfigureAwait(false)
            : waiting.Count == 1 ? waiting[0] : null;
        if (order is null)
        {
            turn.Send(waiting.Count == 0
                ? "您目前没有待评价的工单。"
                : "您有几张工单待评价，请带上工单号，例如：\n" + string.Join('\n', waiting.Select(o => $"满意 {o.Number}")));
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (Read(recognized.Text) is not { } rating)
        {
            turn.Send($"请回复“满意 {order.Number}”“基本满意 {order.Number}”或“不满意 {order.Number}”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var outcome = await _workOrderService.In(turn).RateAsync(
            order.Id, WorkOrderActor.Resident(residentId, turn.Identity.DisplayName), rating, null,
            $"rate:{turn.Activity.DeduplicationKey}", turn.CancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            turn.Send(outcome.Refusal!.ToChinese());
            return await step.EndAsync().ConfigureAwait(false);
        }

        step.Values.Set(OrderKey, order.Id);
        var prompt = rating == WorkOrderRating.Dissatisfied
            ? $"很抱歉没能让您满意，工单 {order.Number} 已重新打开，网格长会督办。能说说哪里不满意吗？（回复“不用了”跳过）"
            : $"感谢您的评价（{rating.ToChinese()}），工单 {order.Number} 已关闭。还有想补充的吗？（回复“不用了”跳过）";
        return await step.PromptAsync(CommentPrompt, new PromptOptions { Prompt = prompt }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CommentAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var comment = (step.Result as string)?.Trim() ?? string.Empty;
        if (Skip().IsMatch(comment))
        {
            turn.Send("好的，谢谢！");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var outcome = await _workOrderService.In(turn).CommentAsync(
            step.Values.Get<int>(OrderKey), WorkOrderActor.Resident(turn.Identity.ResidentId!.Value, turn.Identity.DisplayName), comment,
            $"comment:{turn.Activity.DeduplicationKey}", turn.CancellationToken).ConfigureAwait(false);
        turn.Send(outcome.Succeeded ? "收到，已转告网格员。谢谢您！" : outcome.Refusal!.ToChinese());
        return await step.EndAsync().ConfigureAwait(false);
    }

    [GeneratedRegex("不满意|差评|没修好|太慢|一星|1星|很差")]
    private static partial Regex Dissatisfied();

    [GeneratedRegex("基本满意|还行|一般|凑合|还可以")]
    private static partial Regex Fair();

    [GeneratedRegex("满意|好评|五星|5星|很好|不错|点赞|谢谢")]
    private static partial Regex Satisfied();

    [GeneratedRegex("^(?:不用了?|没有了?|跳过|无|没了|不需要|算了)[。.!！]*$")]
    private static partial Regex Skip();
}
