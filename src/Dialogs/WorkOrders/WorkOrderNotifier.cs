using BuildingBot.Community.Configuration;
using BuildingBot.Community.Events;
using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>
/// Tells the people concerned about each timeline entry, privately, by staging outbox rows in the unit of work
/// that saves the change (a consumer of <see cref="WorkOrderChanged"/>): the change and its messages are written
/// together or not at all. The assignee gets the order with its buttons, reporters get status changes and the rating
/// question, the grid leader and community admins get escalations. The actor is not told about their own action
/// (their turn already answered). Keys per (order, timeline position, recipient) keep every message single.
/// </summary>
public sealed class WorkOrderNotifier(
    CommunityDbContext db, IOutbox outbox, IOptions<WorkOrderOptions> options, CommunityTimeZone timeZone)
    : IDomainEventConsumer<WorkOrderChanged>
{
    public async Task HandleAsync(WorkOrderChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var entry = domainEvent.Entry;
        var order = await SnapshotAsync(domainEvent.Order, cancellationToken).ConfigureAwait(false);
        var position = domainEvent.Order.Events.IndexOf(entry);
        var messages = new List<OutgoingMessage>();
        foreach (var (to, recipient, text, buttons) in await MessagesAsync(order, entry, cancellationToken).ConfigureAwait(false))
        {
            if (to is not null)
            {
                messages.Add(new OutgoingMessage
                {
                    Conversation = to, Text = text, Buttons = buttons, IdempotencyKey = $"wo:{order.Number}:{position}:{recipient}",
                });
            }
        }

        await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A detached copy of the order as it will be saved, with the navigations the messages read loaded by id: the
    /// tracked order's navigations are not fixed up yet when only a key changed (a new assignee), or not loaded (a new order).
    /// </summary>
    private async Task<WorkOrder> SnapshotAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        var copy = (WorkOrder)db.Entry(order).CurrentValues.ToObject();
        copy.Assignee = order.AssigneeId is { } assigneeId
            ? await db.GridMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == assigneeId, cancellationToken).ConfigureAwait(false)
            : null;
        copy.Building = await db.Buildings.AsNoTracking().Include(b => b.Compound)
            .FirstOrDefaultAsync(b => b.Id == order.BuildingId, cancellationToken).ConfigureAwait(false);
        var ids = order.Reporters.Select(r => r.ResidentId).ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        copy.Reporters.AddRange(order.Reporters.Select(r => new WorkOrderReporter
        {
            ResidentId = r.ResidentId, IsOriginal = r.IsOriginal, AddedAt = r.AddedAt, Resident = residents.FirstOrDefault(p => p.Id == r.ResidentId),
        }));
        return copy;
    }

    private async Task<List<(ConversationReference? To, string Recipient, string Text, CardButton[] Buttons)>> MessagesAsync(
        WorkOrder order, WorkOrderEvent entry, CancellationToken cancellationToken)
    {
        var list = new List<(ConversationReference?, string, string, CardButton[])>();
        var n = order.Number;
        void ToReporters(string text, params CardButton[] buttons)
        {
            foreach (var reporter in order.Reporters.Where(r => r.Resident is not null))
            {
                if (entry.ActorKind == WorkOrderActorKind.Resident && entry.ActorId == reporter.ResidentId)
                {
                    continue;
                }

                list.Add((Chat(reporter.Resident!.Channel, reporter.Resident.ChannelUserId), $"resident:{reporter.ResidentId}", text, buttons));
            }
        }

        async Task ToMember(int? memberId, string text, params CardButton[] buttons)
        {
            if (memberId is null || entry.ActorKind == WorkOrderActorKind.GridMember && entry.ActorId == memberId)
            {
                return;
            }

            var member = order.Assignee?.Id == memberId ? order.Assignee
                : await db.GridMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false);
            if (member is not null)
            {
                list.Add((Chat(member.Channel, member.ChannelUserId), $"member:{member.Id}", text, buttons));
            }
        }

        async Task ToLeaders(string text)
        {
            var leaders = await db.GridMembers.AsNoTracking()
                .Where(m => m.GridId == order.GridId && m.Role == GridMemberRole.GridLeader).Select(m => m.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var leader in leaders.Where(l => l != order.AssigneeId))
            {
                await ToMember(leader, text).ConfigureAwait(false);
            }
        }

        void ToAdmins(string text)
        {
            foreach (var admin in options.Value.AdminUsers)
            {
                var parts = admin.Split(':', 2);
                if (parts.Length == 2 && Enum.TryParse<ChatChannel>(parts[0], ignoreCase: true, out var channel))
                {
                    list.Add((Chat(channel, parts[1]), $"admin:{admin}", text, []));
                }
            }
        }

        switch (entry.Kind)
        {
            case WorkOrderEventKind.Assigned or WorkOrderEventKind.Transferred or WorkOrderEventKind.Returned when entry.ToMemberId is not null:
                await ToMember(entry.ToMemberId, await AssigneeCardAsync(order, entry.Kind switch
                {
                    WorkOrderEventKind.Transferred => $"转派工单（{entry.ActorName}：{entry.Reason}）",
                    WorkOrderEventKind.Returned => $"退回工单（{entry.ActorName}：{entry.Reason}）",
                    _ => "新工单",
                }, cancellationToken).ConfigureAwait(false), WorkOrderCards.AssigneeButtons(order)).ConfigureAwait(false);
                if (entry.Kind == WorkOrderEventKind.Transferred)
                {
                    await ToMember(entry.FromMemberId, $"工单 {n} 已由{entry.ActorName}转派给{order.Assignee?.Name}。").ConfigureAwait(false);
                    ToReporters($"您反映的问题（{n}）已转交{order.Assignee?.Name}处理。");
                }

                break;
            case WorkOrderEventKind.Queued or WorkOrderEventKind.Returned:
                ToAdmins($"【待派单】工单 {n}（{WorkOrderCards.Place(order, withRoom: false)}）无人可派：{entry.Reason}。请在管理后台指派。");
                break;
            case WorkOrderEventKind.Accepted:
                ToReporters($"您反映的问题（{n}）已由{entry.ActorName}接单处理" +
                    (order.ResolveDueAt is { } due ? $"，预计 {WorkOrderCards.Time(due, timeZone.Zone)} 前办结。" : "。"));
                break;
            case WorkOrderEventKind.Resolved:
                ToReporters($"您反映的问题（{n}）已办结：{order.Resolution}\n请评价处理结果：回复“满意”“基本满意”或“不满意”。",
                    WorkOrderCards.RatingButtons(order));
                break;
            case WorkOrderEventKind.Rated when entry.ToStatus == WorkOrderStatus.Closed:
                await ToMember(order.AssigneeId, $"工单 {n} 居民评价：{entry.Reason}。工单已关闭，辛苦了！").ConfigureAwait(false);
                break;
            case WorkOrderEventKind.Reopened:
                await ToMember(order.AssigneeId, await AssigneeCardAsync(order, $"居民不满意，工单重新打开（{entry.Reason}）", cancellationToken).ConfigureAwait(false),
                    WorkOrderCards.AssigneeButtons(order)).ConfigureAwait(false);
                await ToLeaders($"【督办】工单 {n} 居民不满意，已重新打开：{entry.Reason}。负责人：{order.Assignee?.Name}。").ConfigureAwait(false);
                ToReporters($"工单 {n} 已重新打开，{order.Assignee?.Name}会继续处理。");
                break;
            case WorkOrderEventKind.Commented:
                await ToMember(order.AssigneeId, $"工单 {n} 居民补充：{entry.Reason}").ConfigureAwait(false);
                break;
            case WorkOrderEventKind.Reminded:
                await ToMember(order.AssigneeId, $"【提醒】工单 {n} {entry.Reason}（{Due(order)}），请尽快处理。", WorkOrderCards.AssigneeButtons(order)).ConfigureAwait(false);
                break;
            case WorkOrderEventKind.Escalated when entry.ActionKey?.EndsWith(":admins", StringComparison.Ordinal) == true:
                ToAdmins($"【超时升级】工单 {n}（{WorkOrderCards.Place(order, withRoom: false)}）{entry.Reason}，负责人：{order.Assignee?.Name}。");
                break;
            case WorkOrderEventKind.Escalated:
                await ToLeaders($"【超时升级】工单 {n}（{WorkOrderCards.Place(order, withRoom: false)}）{entry.Reason}，负责人：{order.Assignee?.Name}，请督办。").ConfigureAwait(false);
                await ToMember(order.AssigneeId, $"工单 {n} 已超时（{Due(order)}），已报网格长。").ConfigureAwait(false);
                break;
            case WorkOrderEventKind.Cancelled:
                await ToMember(entry.FromMemberId, $"居民已撤销工单 {n}，无需再处理。").ConfigureAwait(false);
                break;
            case WorkOrderEventKind.CoReporterAdded:
                await ToMember(order.AssigneeId, $"工单 {n} 又有居民反映了同样的问题（共 {order.Reporters.Count} 人）。").ConfigureAwait(false);
                break;
            default:
                break;
        }

        return list;
    }

    private async Task<string> AssigneeCardAsync(WorkOrder order, string heading, CancellationToken cancellationToken)
    {
        var reporter = order.ReporterId is { } id
            ? order.Reporters.FirstOrDefault(r => r.ResidentId == id)?.Resident
                ?? await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false)
            : null;
        return WorkOrderCards.ForAssignee(order, heading, timeZone.Zone, reporter?.DisplayName,
            order.ContactAllowed && reporter?.Phone is { } phone ? phone.Reveal() : null);
    }

    private string Due(WorkOrder order) =>
        (order.Status == WorkOrderStatus.Assigned ? order.AcceptDueAt : order.ResolveDueAt) is { } due
            ? $"时限 {WorkOrderCards.Time(due, timeZone.Zone)}" : "时限已到";

    private static ConversationReference? Chat(ChatChannel channel, string? userId) =>
        userId is { Length: > 0 } ? ConversationReference.Private(channel, userId) : null;
}
