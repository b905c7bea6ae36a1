using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// The grid side of the lifecycle — assign, accept, transfer, return, resolve — each only from the
/// statuses <see cref="WorkOrderTransitions"/> allows and only by the people allowed to.
/// </summary>
public sealed class WorkOrderLifecycle(WorkOrderWriter writer, WorkOrderRouter router, IOptions<WorkOrderOptions> options)
{
    /// <summary>Routes a queued order (admin) or assigns it to <paramref name="memberId"/>.</summary>
    public Task<WorkOrderOutcome> AssignAsync(int orderId, int? memberId, WorkOrderActor actor, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Assign))
            {
                return WorkOrderTransitions.Refusal(order, WorkOrderAction.Assign);
            }

            var decision = memberId is { } chosen
                ? await ChosenAsync(chosen, cancellationToken).ConfigureAwait(false)
                : await router.RouteAsync(order.BuildingId, order.Category, null, cancellationToken).ConfigureAwait(false);
            if (decision is null || decision.IsQueued)
            {
                return decision is null ? "没有这位网格员。" : $"仍然无法派单：{decision.Reason}。";
            }

            ApplyRouting(order, decision, now);
            WorkOrderWriter.Record(order, WorkOrderEventKind.Assigned, actor, now, WorkOrderStatus.Submitted, decision.Reason, null, decision.MemberId);
            return null;
        }, cancellationToken);

    public Task<WorkOrderOutcome> AcceptAsync(int orderId, WorkOrderActor member, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (order.AssigneeId != member.Id)
            {
                return Task.FromResult<string?>(NotYours(order));
            }

            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Accept))
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.Accept));
            }

            order.Status = WorkOrderStatus.Accepted;
            order.PhaseStartedAt = now;
            order.ResolveDueAt = now + options.Value.For(order.Category, order.Urgency).Resolve;
            order.EscalationLevel = 0;
            WorkOrderWriter.Record(order, WorkOrderEventKind.Accepted, member, now, WorkOrderStatus.Assigned, toMember: member.Id);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>转派: to a named grid member of the same community, with a reason; the new assignee must accept.</summary>
    public Task<WorkOrderOutcome> TransferAsync(
        int orderId, WorkOrderActor member, string targetName, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            if (await RefuseGridActionAsync(order, member, WorkOrderAction.Transfer, reason, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            var targets = await writer.Db.GridMembers.AsNoTracking().Where(m => m.Name == targetName)
                .Select(m => new { m.Id, m.Name, m.GridId, GridName = m.Grid!.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var inGrid = targets.Where(t => t.GridId == order.GridId).ToList();
            var target = inGrid.Count == 1 ? inGrid[0] : targets.Count == 1 ? targets[0] : null;
            if (target is null)
            {
                return targets.Count == 0 ? $"没有找到叫“{targetName}”的网格员，请核对姓名。" : $"有{targets.Count}位叫“{targetName}”的网格员，请联系网格长转派。";
            }

            if (target.Id == order.AssigneeId)
            {
                return $"工单 {order.Number} 已经由{target.Name}负责。";
            }

            var from = order.Status;
            var previous = order.AssigneeId;
            ApplyRouting(order, new RoutingDecision(target.GridId, target.Id, target.Name, $"由{member.Name}转派：{reason}"), now);
            WorkOrderWriter.Record(order, WorkOrderEventKind.Transferred, member, now, from, reason, previous, target.Id);
            return null;
        }, cancellationToken);

    /// <summary>退回: back to the dispatcher — the grid leader, or the community queue when the leader returns it.</summary>
    public Task<WorkOrderOutcome> ReturnAsync(int orderId, WorkOrderActor member, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            if (await RefuseGridActionAsync(order, member, WorkOrderAction.Return, reason, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            var leader = await writer.Db.GridMembers.AsNoTracking()
                .Where(m => m.GridId == order.GridId && m.Role == GridMemberRole.GridLeader && m.Id != member.Id)
                .OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var from = order.Status;
            var previous = order.AssigneeId;
            var decision = leader is null
                ? new RoutingDecision(order.GridId, null, string.Empty, $"{member.Name}退回，进入社区待派单队列：{reason}")
                : new RoutingDecision(order.GridId, leader.Id, leader.Name, $"{member.Name}退回给网格长{leader.Name}：{reason}");
            ApplyRouting(order, decision, now);
            WorkOrderWriter.Record(order, WorkOrderEventKind.Returned, member, now, from, reason, previous, decision.MemberId);
            return null;
        }, cancellationToken);

    /// <summary>办结: the result in words, optionally a photo.</summary>
    public Task<WorkOrderOutcome> ResolveAsync(
        int orderId, WorkOrderActor member, string result, string? photoUrl, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (order.AssigneeId != member.Id)
            {
                return Task.FromResult<string?>(NotYours(order));
            }

            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Resolve))
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.Resolve));
            }

            if (WorkOrderText.Check(result, "办结结果") is { } invalid)
            {
                return Task.FromResult<string?>(invalid);
            }

            order.Status = WorkOrderStatus.Resolved;
            order.ResolvedAt = now;
            order.PhaseStartedAt = now;
            order.Resolution = result.Trim();
            order.ResolutionPhotoUrl = photoUrl;
            WorkOrderWriter.Record(order, WorkOrderEventKind.Resolved, member, now, WorkOrderStatus.Accepted, order.Resolution);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Makes the order the member's (or the queue's) and starts the accept deadline.</summary>
    internal void ApplyRouting(WorkOrder order, RoutingDecision decision, DateTimeOffset now)
    {
        order.GridId = decision.GridId ?? order.GridId;
        order.AssigneeId = decision.MemberId;
        order.RoutingReason = decision.Reason;
        order.Status = decision.IsQueued ? WorkOrderStatus.Submitted : WorkOrderStatus.Assigned;
        order.PhaseStartedAt = now;
        order.AcceptDueAt = decision.IsQueued ? null : now + options.Value.For(order.Category, order.Urgency).Accept;
        order.ResolveDueAt = null;
        order.EscalationLevel = 0;
    }

    private async Task<RoutingDecision?> ChosenAsync(int memberId, CancellationToken cancellationToken) =>
        await writer.Db.GridMembers.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new RoutingDecision(m.GridId, m.Id, m.Name, "管理员指派给" + m.Name))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private async Task<string?> RefuseGridActionAsync(
        WorkOrder order, WorkOrderActor member, WorkOrderAction action, string reason, CancellationToken cancellationToken)
    {
        if (order.AssigneeId != member.Id && !await IsLeaderOfAsync(member, order.GridId, cancellationToken).ConfigureAwait(false))
        {
            return NotYours(order);
        }

        if (!WorkOrderTransitions.IsLegal(order.Status, action))
        {
            return WorkOrderTransitions.Refusal(order, action);
        }

        return WorkOrderText.Check(reason, "原因");
    }

    private Task<bool> IsLeaderOfAsync(WorkOrderActor member, int? gridId, CancellationToken cancellationToken) =>
        writer.Db.GridMembers.AnyAsync(m => m.Id == member.Id && m.GridId == gridId && m.Role == GridMemberRole.GridLeader, cancellationToken);

    private static string NotYours(WorkOrder order) => order.Assignee is { } assignee
        ? $"工单 {order.Number} 不是派给您的（当前由{assignee.Name}负责），不能操作。"
        : $"工单 {order.Number} 还没有派给您，不能操作。";
}
