using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// What happens when a checkpoint comes: a reminder to the assignee at 80% of a deadline, escalation to
/// the grid leader at the deadline and to the community admins at twice it, closing unrated orders after
/// the rating window. Idempotent: the checkpoint's key goes on the timeline (unique), and a checkpoint
/// of a phase the order has left does nothing.
/// </summary>
public sealed class WorkOrderDeadlines(WorkOrderWriter writer, IOptions<WorkOrderOptions> options)
{
    /// <summary>The checkpoints still ahead (or overdue and not yet done) of every open or resolved order.</summary>
    public async Task<IReadOnlyList<Checkpoint>> PendingAsync(CancellationToken cancellationToken)
    {
        var orders = await writer.Db.WorkOrders.AsNoTracking()
            .Where(o => o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted || o.Status == WorkOrderStatus.Resolved)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var checkpoints = orders.SelectMany(o => Checkpoint.Of(o, options.Value)).ToList();
        var keys = checkpoints.Select(c => c.Key).ToList();
        var done = await writer.Db.WorkOrderEvents.AsNoTracking().Where(e => e.ActionKey != null && keys.Contains(e.ActionKey))
            .Select(e => e.ActionKey!).ToListAsync(cancellationToken).ConfigureAwait(false);
        return checkpoints.Where(c => !done.Contains(c.Key)).ToList();
    }

    /// <summary>
    /// Acts on the checkpoint if it is due and still belongs to the order's current phase. Returns the
    /// moment to try again when it is not due yet (a clock that runs behind), else null.
    /// </summary>
    public async Task<DateTimeOffset?> RunAsync(int orderId, string checkpointKey, CancellationToken cancellationToken)
    {
        DateTimeOffset? notYet = null;
        await writer.ChangeAsync(orderId, checkpointKey, (order, now) =>
        {
            var checkpoint = Checkpoint.Of(order, options.Value).FirstOrDefault(c => c.Key == checkpointKey);
            if (checkpoint is null)
            {
                return Task.FromResult<string?>("phase over");
            }

            if (checkpoint.At > now)
            {
                notYet = checkpoint.At;
                return Task.FromResult<string?>("not yet");
            }

            Apply(order, checkpoint, now);
            return Task.FromResult<string?>(null);
        }, cancellationToken).ConfigureAwait(false);
        return notYet;
    }

    private static void Apply(WorkOrder order, Checkpoint checkpoint, DateTimeOffset now)
    {
        var deadline = order.Status == WorkOrderStatus.Assigned ? "接单" : "办结";
        switch (checkpoint.Kind)
        {
            case CheckpointKind.Remind:
                WorkOrderWriter.Record(order, WorkOrderEventKind.Reminded, WorkOrderActor.System, now, order.Status,
                    $"{deadline}时限即将到期", null, order.AssigneeId);
                break;
            case CheckpointKind.EscalateToLeader:
                order.EscalationLevel = Math.Max(order.EscalationLevel, 1);
                WorkOrderWriter.Record(order, WorkOrderEventKind.Escalated, WorkOrderActor.System, now, order.Status,
                    $"超过{deadline}时限，升级到网格长", null, order.AssigneeId);
                break;
            case CheckpointKind.EscalateToAdmins:
                order.EscalationLevel = 2;
                WorkOrderWriter.Record(order, WorkOrderEventKind.Escalated, WorkOrderActor.System, now, order.Status,
                    $"超过{deadline}时限一倍，升级到社区", null, order.AssigneeId);
                break;
            default:
                order.Status = WorkOrderStatus.Closed;
                order.ClosedAt = now;
                WorkOrderWriter.Record(order, WorkOrderEventKind.Closed, WorkOrderActor.System, now, WorkOrderStatus.Resolved, "超过评价时限，未评价自动关闭");
                break;
        }
    }
}
