using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// The grid side of the lifecycle — assign, accept, transfer, return, resolve: finds who is involved and lets the
/// order decide (<see cref="WorkOrder"/>'s methods); <see cref="WorkOrderWriter"/> saves.
/// </summary>
public sealed class WorkOrderLifecycle(WorkOrderWriter writer, WorkOrderRouter router, IOptions<WorkOrderOptions> options)
{
    /// <summary>Routes a queued order (admin) or assigns it to <paramref name="memberId"/>.</summary>
    public Task<WorkOrderOutcome> AssignAsync(int orderId, int? memberId, WorkOrderActor actor, string? actionKey, CancellationToken cancellationToken) =>
        AssignAsync(orderId, memberId, actor, null, actionKey, cancellationToken);

    /// <summary>As <see cref="AssignAsync(int, int?, WorkOrderActor, string?, CancellationToken)"/>, with the reason staff gave (kept on the timeline).</summary>
    public Task<WorkOrderOutcome> AssignAsync(
        int orderId, int? memberId, WorkOrderActor actor, string? reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            ArgumentNullException.ThrowIfNull(actor);
            var decision = memberId is { } chosen
                ? await ChosenAsync(chosen, cancellationToken).ConfigureAwait(false)
                : await router.RouteAsync(order.BuildingId, order.Category, null, cancellationToken).ConfigureAwait(false);
            if (decision is not null && memberId is not null && actor.Kind != WorkOrderActorKind.Admin)
            {
                decision = decision with { Reason = $"{actor.Name}指派给{decision.MemberName}" };
            }

            return order.Assign(decision is not null && !string.IsNullOrWhiteSpace(reason) ? decision with { Reason = $"{decision.Reason}：{reason.Trim()}" } : decision,
                actor, options.Value, now);
        }, cancellationToken);

    public Task<WorkOrderOutcome> AcceptAsync(int orderId, WorkOrderActor member, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Accept(member, options.Value, now)), cancellationToken);

    /// <summary>转派: to a named grid member of the same community, with a reason; the new assignee must accept.</summary>
    public Task<WorkOrderOutcome> TransferAsync(
        int orderId, WorkOrderActor member, string targetName, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            var leads = await LeadsAsync(member, order.GridId, cancellationToken).ConfigureAwait(false);
            var candidates = await writer.Db.GridMembers.AsNoTracking().Where(m => m.Name == targetName)
                .Select(m => new WorkOrderCandidate(m.Id, m.Name, m.GridId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return order.Transfer(member, leads, targetName, candidates, reason, options.Value, now);
        }, cancellationToken);

    /// <summary>退回: back to the dispatcher — the grid leader, or the community queue when the leader returns it.</summary>
    public Task<WorkOrderOutcome> ReturnAsync(int orderId, WorkOrderActor member, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            ArgumentNullException.ThrowIfNull(member);
            var leads = await LeadsAsync(member, order.GridId, cancellationToken).ConfigureAwait(false);
            var leader = await writer.Db.GridMembers.AsNoTracking()
                .Where(m => m.GridId == order.GridId && m.Role == GridMemberRole.GridLeader && m.Id != member.Id)
                .OrderBy(m => m.Id).Select(m => new WorkOrderCandidate(m.Id, m.Name, m.GridId)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return order.Return(member, leads, leader, reason, options.Value, now);
        }, cancellationToken);

    /// <summary>办结: the result in words, optionally a photo.</summary>
    public Task<WorkOrderOutcome> ResolveAsync(
        int orderId, WorkOrderActor member, string result, string? photoUrl, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Resolve(member, result, photoUrl, now)), cancellationToken);

    private async Task<RoutingDecision?> ChosenAsync(int memberId, CancellationToken cancellationToken) =>
        await writer.Db.GridMembers.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new RoutingDecision(m.GridId, m.Id, m.Name, "管理员指派给" + m.Name))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private Task<bool> LeadsAsync(WorkOrderActor member, int? gridId, CancellationToken cancellationToken) =>
        writer.Db.GridMembers.AnyAsync(m => m.Id == member.Id && m.GridId == gridId && m.Role == GridMemberRole.GridLeader, cancellationToken);
}
