using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.FollowUp;

/// <summary>
/// 查询进度: the resident's unfinished orders with status and who handles them, always in the private chat. A question
/// about one earlier report without its number (上午说的那个有人管吗, 上礼拜报的下水道怎么样了) or with it means that
/// order: with one open order it is answered directly, with several the resident is asked which.
/// </summary>
public sealed class QueryProgressDialog : ComponentDialog
{
    public const string DialogId = "queryProgress";
    private const string OrdersKey = "orders";
    private const string WhichPrompt = "queryProgress.which";

    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries;

    public QueryProgressDialog(TurnScoped<WorkOrderQueries> workOrderQueries)
        : base(DialogId)
    {
        _workOrderQueries = workOrderQueries;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("chosen", ChosenAsync),
        ]));
        AddDialog(new ChoicePrompt(WhichPrompt));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        if (turn.Identity.ResidentId is not { } residentId)
        {
            turn.Send("还没有您的报事记录。报事前请先发“绑定房号”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var orders = await _workOrderQueries.In(turn).ForReporterAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
        var named = orders.Where(o => string.Equals(o.Number, recognized.OrderNumber, StringComparison.OrdinalIgnoreCase)).ToList();
        var meant = named.Count == 1 ? named : recognized.EarlierReport && orders.Count == 1 ? orders : [];
        if (meant.Count == 1)
        {
            Reply(step, $"您报的工单：{Detail(meant[0], turn.TimeZone)}");
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (recognized.EarlierReport && orders.Count > 1 && !turn.Activity.IsGroup)
        {
            step.Values.Set(OrdersKey, orders.Select(o => o.Number).ToList());
            return await step.PromptAsync(WhichPrompt, new PromptOptions
            {
                Prompt = $"您有 {orders.Count} 张工单在办，问的是哪一张？",
                Choices = [.. orders.Select(o => new Choice(WorkOrderCards.Line(o), [o.Number]))],
            }).ConfigureAwait(false);
        }

        Reply(step, orders.Count == 0
            ? "您目前没有在办的工单。遇到问题随时发“报事”。"
            : $"您有 {orders.Count} 张工单在办：\n" + string.Join('\n', orders.Select((o, i) => $"{i + 1}. {Detail(o, turn.TimeZone)}")));
        return await step.EndAsync().ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChosenAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var number = step.Result is FoundChoice choice ? step.Values.Get<List<string>>(OrdersKey)![choice.Index] : null;
        var orders = await _workOrderQueries.In(turn).ForReporterAsync(turn.Identity.ResidentId!.Value, turn.CancellationToken).ConfigureAwait(false);
        turn.Send(orders.FirstOrDefault(o => o.Number == number) is { } order ? Detail(order, turn.TimeZone) : "这张工单已经办完了。发“查询进度”看看其他工单。");
        return await step.EndAsync().ConfigureAwait(false);
    }

    // Progress is personal: asked in a group, it is answered privately.
    private static void Reply(WaterfallStepContext step, string text)
    {
        if (step.Turn.Activity.IsGroup)
        {
            step.Turn.Send("工单进度已私信给您。");
            step.Turn.SendPrivate(text);
        }
        else
        {
            step.Turn.Send(text);
        }
    }

    private static string Detail(WorkOrder order, TimeZoneInfo zone) => $"{WorkOrderCards.Line(order)}｜{Describe(order, zone)}";

    private static string Describe(WorkOrder order, TimeZoneInfo zone) => order.Status switch
    {
        WorkOrderStatus.Resolved => $"结果：{order.Resolution}（回复“满意 {order.Number}”等评价）",
        WorkOrderStatus.Accepted when order.ResolveDueAt is { } due => $"预计 {WorkOrderCards.Time(due, zone)} 前办结",
        _ => $"提交于 {WorkOrderCards.Time(order.CreatedAt, zone)}",
    };
}
