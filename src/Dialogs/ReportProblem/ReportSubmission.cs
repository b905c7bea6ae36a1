using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>The end of a report: a new order, or the resident joining a similar one.</summary>
internal static class ReportSubmission
{
    public static async Task<DialogTurnResult> CreateAsync(WaterfallStepContext step, ReportDraft draft, WorkOrderService orders)
    {
        var turn = step.Turn;
        var identity = turn.Identity;
        var outcome = await orders.CreateAsync(new NewWorkOrder
        {
            SourceKey = $"report:{turn.Activity.DeduplicationKey}",
            BuildingId = draft.BuildingId!.Value,
            Room = draft.Room,
            Category = draft.Category,
            Urgency = draft.Urgency,
            Description = draft.Description!,
            PhotoUrl = draft.PhotoUrl,
            ReporterId = identity.ResidentId,
            ContactAllowed = draft.ContactAllowed == true,
            Actor = WorkOrderActor.Resident(identity.ResidentId!.Value, identity.DisplayName),
        }, turn.CancellationToken).ConfigureAwait(false);
        if (outcome.Order is not { } order)
        {
            turn.Send(outcome.Refusal!.ToChinese());
            return await step.EndAsync().ConfigureAwait(false);
        }

        var handler = order.Assignee is { } assignee ? $"已派给{assignee.Name}处理" : "已进入社区待派单队列，工作人员会尽快安排";
        var details = $"您的工单 {order.Number} 已提交，{handler}。\n类别：{order.Category.ToChinese()}｜地点：{WorkOrderCards.Place(order, withRoom: true)}\n" +
            $"描述：{order.Description}\n有进展会私信通知您；发“查询进度”随时查看。";
        if (turn.Activity.IsGroup)
        {
            turn.Send($"已受理，工单号 {order.Number}。处理进度会私信通知您。");
            turn.SendPrivate(details);
        }
        else
        {
            turn.Send(details);
        }

        return await step.EndAsync(order.Number).ConfigureAwait(false);
    }

    public static async Task<DialogTurnResult> JoinAsync(WaterfallStepContext step, int orderId, string number, WorkOrderService orders)
    {
        var turn = step.Turn;
        var identity = turn.Identity;
        var outcome = await orders.AddCoReporterAsync(
            orderId, WorkOrderActor.Resident(identity.ResidentId!.Value, identity.DisplayName),
            $"join:{turn.Activity.DeduplicationKey}", turn.CancellationToken).ConfigureAwait(false);
        turn.Send(outcome.Succeeded
            ? $"已把您加入工单 {number}（我也遇到 +1），不再重复派单，有进展会私信通知您。"
            : outcome.Refusal!.ToChinese());
        return await step.EndAsync(number).ConfigureAwait(false);
    }
}
