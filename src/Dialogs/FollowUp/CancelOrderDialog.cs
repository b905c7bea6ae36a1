using System.Text.RegularExpressions;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.FollowUp;

/// <summary>撤销工单 N: the reporter withdraws an open order (the only one, when they have one open and name none).</summary>
public sealed partial class CancelOrderDialog(TurnScoped<WorkOrderQueries> workOrderQueries, TurnScoped<WorkOrderService> workOrderService) : Dialog(DialogId)
{
    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries = workOrderQueries;
    private readonly TurnScoped<WorkOrderService> _workOrderService = workOrderService;

    public const string DialogId = "cancelOrder";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var recognized = options as RecognizerResult ?? RecognizerResult.Empty;
        if (turn.Identity.ResidentId is not { } residentId)
        {
            turn.Send("没有找到您的工单。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var queries = _workOrderQueries.In(turn);
        var number = recognized.OrderNumber ?? (ShortNumber().Match(recognized.Text) is { Success: true } m ? m.Value : null);
        var open = (await queries.ForReporterAsync(residentId, turn.CancellationToken).ConfigureAwait(false))
            .Where(o => o.IsOpen && o.ReporterId == residentId).ToList();
        var order = number is not null
            ? await queries.FindAsync(number, null, residentId, turn.CancellationToken).ConfigureAwait(false)
            : open.Count == 1 ? open[0] : null;
        if (order is null)
        {
            turn.Send("请告诉我要撤销的工单号，例如“撤销 WO-20261127-0001”；发“查询进度”可以看到您的工单。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var outcome = await _workOrderService.In(turn).CancelAsync(
            order.Id, WorkOrderActor.Resident(residentId, turn.Identity.DisplayName), "居民撤销",
            $"cancel:{turn.Activity.DeduplicationKey}", turn.CancellationToken).ConfigureAwait(false);
        turn.Send(outcome.Succeeded ? $"已撤销工单 {order.Number}，已通知网格员。" : outcome.Refusal!.ToChinese());
        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    [GeneratedRegex("[0-9]{1,6}$")]
    private static partial Regex ShortNumber();
}
