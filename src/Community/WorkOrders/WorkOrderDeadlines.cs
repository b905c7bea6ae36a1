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
    public Task<IReadOnlyList<Checkpoint>> PendingAsync(CancellationToken cancellationToken) => NotDoneAsync(_ => true, cancellationToken);

    /// <summary>The pending checkpoints whose moment has come.</summary>
    public async Task<IReadOnlyList<Checkpoint>> DueAsync(CancellationToken cancellationToken)
    {
        var now = writer.Now;
        return (await NotDoneAsync(c => c.At <= now, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.At).ToList();
    }

    /// <summary>
    /// The wanted checkpoints not on the timeline yet. Only the wanted ones are looked up, and against a set: a city has
    /// tens of thousands of open orders and this runs every minute.
    /// </summary>
    private async Task<IReadOnlyList<Checkpoint>> NotDoneAsync(Func<Checkpoint, bool> wanted, CancellationToken cancellationToken)
    {
        var orders = await writer.Db.WorkOrders.AsNoTracking()
            .Where(o => o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted || o.Status == WorkOrderStatus.Resolved)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var checkpoints = orders.SelectMany(o => Checkpoint.Of(o, options.Value)).Where(wanted).ToList();
        var keys = checkpoints.Select(c => c.Key).ToList();
        var done = (await writer.Db.WorkOrderEvents.AsNoTracking().Where(e => e.ActionKey != null && keys.Contains(e.ActionKey))
            .Select(e => e.ActionKey!).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return checkpoints.Where(c => !done.Contains(c.Key)).ToList();
    }

    /// <summary>
    /// Acts on the checkpoint if it is due and still belongs to the order's current phase (the order decides): the
    /// outcome is refused for a phase that is over or a checkpoint not due yet, and a replay when it was done before.
    /// </summary>
    public Task<WorkOrderOutcome> RunAsync(int orderId, string checkpointKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, checkpointKey, (order, now) => Task.FromResult(order.Pass(checkpointKey, options.Value, now)), cancellationToken);
}
