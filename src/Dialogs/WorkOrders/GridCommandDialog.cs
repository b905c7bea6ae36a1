using BuildingBot.Community.Identity;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>
/// A grid member's commands — 接单 N, 转派 N 给 姓名 原因, 办结 N 结果 (a photo may come along), 退回 N 原因,
/// 我的工单 — typed or pressed as buttons. Asks for a missing reason or result, then acts; only on the
/// member's own orders (or, for 转派 and 退回, the grid leader's grid). In their own words (让小李跟一下吧) the
/// colleague is named as they say it and matched to a grid member's full name.
/// </summary>
public sealed class GridCommandDialog : ComponentDialog
{
    public const string DialogId = "gridCommand";
    private const string CommandKey = "command";
    private const string OrderKey = "order";
    private const string MissingPrompt = "gridCommand.missing";

    private readonly TurnScoped<WorkOrderLifecycle> _workOrderLifecycle;
    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries;
    private readonly TurnScoped<CommunityDbContext> _db;

    public GridCommandDialog(
        TurnScoped<WorkOrderLifecycle> workOrderLifecycle, TurnScoped<WorkOrderQueries> workOrderQueries, TurnScoped<CommunityDbContext> db)
        : base(DialogId)
    {
        _workOrderLifecycle = workOrderLifecycle;
        _workOrderQueries = workOrderQueries;
        _db = db;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("check", CheckAsync),
            new WaterfallStep("act", ActAsync),
        ]));
        AddDialog(new TextPrompt(MissingPrompt, check =>
        {
            check.RefusalMessage = WorkOrderRefusalText.CheckText(check.Value, WorkOrderTextField.Content);
            return Task.FromResult(check.RefusalMessage is null);
        }));
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var command = (step.Options as RecognizerResult)?.Command;
        if (turn.Identity.Kind != SenderKind.GridMember || command is null)
        {
            turn.Send("接单、转派、办结、退回这些命令只给网格员使用。居民报事请直接说问题，例如“3幢电梯坏了”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var queries = _workOrderQueries.In(turn);
        var memberId = turn.Identity.GridMemberId!.Value;
        if (command.Intent == Intent.GridMyOrders || command.OrderNumber is null)
        {
            var mine = await queries.ForMemberAsync(memberId, turn.CancellationToken).ConfigureAwait(false);
            var lead = command.Intent == Intent.GridMyOrders ? string.Empty : "请带上工单号，例如“接单 WO-20261127-0001”或“接单 1”。\n";
            turn.Send(lead + (mine.Count == 0
                ? "您目前没有在办的工单。"
                : $"您有 {mine.Count} 张在办工单：\n" + string.Join('\n', mine.Select((o, i) => $"{i + 1}. {WorkOrderCards.Line(o)}｜{Deadline(o, turn.TimeZone)}"))));
            return await step.EndAsync().ConfigureAwait(false);
        }

        var order = await queries.FindAsync(command.OrderNumber, memberId, null, turn.CancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            turn.Send($"没有找到工单 {command.OrderNumber}，发“我的工单”看看您手上的工单。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        step.Values.Set(CommandKey, command);
        step.Values.Set(OrderKey, order.Id);
        var ask = command switch
        {
            { Intent: Intent.GridTransfer, TargetName: null } => $"要把 {order.Number} 转派给谁？请回复“姓名 原因”，例如“张志强 不在我的网格”。",
            { Intent: Intent.GridTransfer, Text: null } => $"请说明把 {order.Number} 转派给{command.TargetName}的原因。",
            { Intent: Intent.GridResolve, Text: null } => $"请说明 {order.Number} 的办结结果（可以同时附一张照片）。",
            { Intent: Intent.GridReturn, Text: null } => $"请说明退回 {order.Number} 的原因。",
            _ => null,
        };
        return ask is null
            ? await step.NextAsync().ConfigureAwait(false)
            : await step.PromptAsync(MissingPrompt, new PromptOptions { Prompt = ask }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var command = step.Values.Get<GridCommand>(CommandKey)!;
        if (step.Result is string answer)
        {
            command = command.Intent == Intent.GridTransfer && command.TargetName is null
                ? GridCommandParser.Parse(ChineseText.Normalize($"转派 {command.OrderNumber} {answer}")) ?? command
                : command with { Text = answer.Trim() };
        }

        var orderId = step.Values.Get<int>(OrderKey);
        var member = WorkOrderActor.Member(turn.Identity.GridMemberId!.Value, turn.Identity.DisplayName);
        var key = $"grid:{turn.Activity.DeduplicationKey}";
        var lifecycle = _workOrderLifecycle.In(turn);
        var ct = turn.CancellationToken;
        if (command is { Intent: Intent.GridTransfer } && (command.TargetName is null || command.Text is null))
        {
            turn.Send("请按“姓名 原因”回复，例如“张志强 不在我的网格”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var outcome = command.Intent switch
        {
            Intent.GridAccept => await lifecycle.AcceptAsync(orderId, member, key, ct).ConfigureAwait(false),
            Intent.GridTransfer => await lifecycle.TransferAsync(orderId, member, await ColleagueAsync(turn, orderId, command.TargetName!).ConfigureAwait(false),
                command.Text!, key, ct).ConfigureAwait(false),
            Intent.GridResolve => await lifecycle.ResolveAsync(orderId, member, command.Text ?? string.Empty,
                turn.Activity.Attachments.FirstOrDefault(a => a.IsImage)?.Url, key, ct).ConfigureAwait(false),
            _ => await lifecycle.ReturnAsync(orderId, member, command.Text ?? string.Empty, key, ct).ConfigureAwait(false),
        };
        if (outcome.Order is not { } order || !outcome.Succeeded)
        {
            turn.Send(outcome.Refusal!.ToChinese());
            return await step.EndAsync().ConfigureAwait(false);
        }

        switch (command.Intent)
        {
            case Intent.GridAccept:
                turn.Send($"已接单 {order.Number}，{Deadline(order, turn.TimeZone)}。完成后发“办结 {order.Number} 处理结果”。", WorkOrderCards.AssigneeButtons(order));
                break;
            case Intent.GridTransfer:
                turn.Send($"已把 {order.Number} 转派给{order.Assignee?.Name}，对方接单后会通知居民。");
                break;
            case Intent.GridResolve:
                turn.Send($"已办结 {order.Number}，已请居民评价。辛苦了！");
                break;
            default:
                turn.Send(order.Assignee is { } leader ? $"已把 {order.Number} 退回给网格长{leader.Name}。" : $"已把 {order.Number} 退回社区待派单队列。");
                break;
        }

        return await step.EndAsync(order.Number).ConfigureAwait(false);
    }

    // 让小李跟一下: the colleague as named, matched to a grid member of the order's grid (or of the community).
    private async Task<string> ColleagueAsync(ITurnContext turn, int orderId, string spoken)
    {
        var db = _db.In(turn);
        var gridId = await db.WorkOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.GridId).FirstOrDefaultAsync(turn.CancellationToken).ConfigureAwait(false);
        return await ColleagueNames.FullNameAsync(db, spoken, gridId, turn.CancellationToken).ConfigureAwait(false);
    }

    private static string Deadline(WorkOrder order, TimeZoneInfo zone) => order.Status == WorkOrderStatus.Assigned
        ? order.AcceptDueAt is { } accept ? $"接单时限 {WorkOrderCards.Time(accept, zone)}" : "待接单"
        : order.ResolveDueAt is { } resolve ? $"办结时限 {WorkOrderCards.Time(resolve, zone)}" : "处理中";
}
