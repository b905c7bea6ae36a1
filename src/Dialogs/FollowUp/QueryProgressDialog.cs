using BuildingBot.Community.Identity;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.FollowUp;

/// <summary>查询进度: the resident's unfinished orders with status and who handles them, always in the private chat.</summary>
public sealed class QueryProgressDialog(TurnScoped<WorkOrderQueries> workOrderQueries) : Dialog(DialogId)
{
    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries = workOrderQueries;

    public const string DialogId = "queryProgress";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        if (turn.Identity.ResidentId is not { } residentId)
        {
            turn.Send("还没有您的报事记录。报事前请先发“绑定房号”。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var orders = await _workOrderQueries.In(turn).ForReporterAsync(residentId, turn.CancellationToken).ConfigureAwait(false);
        var text = orders.Count == 0
            ? "您目前没有在办的工单。遇到问题随时发“报事”。"
            : $"您有 {orders.Count} 张工单在办：\n" + string.Join('\n', orders.Select((o, i) => $"{i + 1}. {WorkOrderCards.Line(o)}｜{Describe(o)}"));
        if (turn.Activity.IsGroup)
        {
            turn.Send("工单进度已私信给您。");
            turn.SendPrivate(text);
        }
        else
        {
            turn.Send(text);
        }

        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    private static string Describe(WorkOrder order) => order.Status switch
    {
        WorkOrderStatus.Resolved => $"结果：{order.Resolution}（回复“满意 {order.Number}”等评价）",
        WorkOrderStatus.Accepted when order.ResolveDueAt is { } due => $"预计 {WorkOrderCards.Time(due)} 前办结",
        _ => $"提交于 {WorkOrderCards.Time(order.CreatedAt)}",
    };
}
