using System.Linq.Expressions;
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
        var orders = await MarkedAsync(o => o.NextCheckpointAt != null, cancellationToken).ConfigureAwait(false);
        return (await NotDoneAsync(orders, cancellationToken).ConfigureAwait(false)).SelectMany(g => g).ToList();
    }

    /// <summary>
    /// The pending checkpoints whose moment has come, earliest first. Only orders whose mark
    /// (<see cref="WorkOrder.NextCheckpointAt"/>) has passed are read, by index; an order among them with nothing due yet
    /// gets its mark raised to its next pending checkpoint (or cleared), unless it changed meanwhile, so later runs skip
    /// it until then. An order with something due keeps its mark: passing the checkpoint moves it, and a checkpoint that
    /// fails is found again the next run.
    /// </summary>
    public async Task<IReadOnlyList<Checkpoint>> DueAsync(CancellationToken cancellationToken)
    {
        var now = writer.Now;
        var orders = await MarkedAsync(o => o.NextCheckpointAt <= now, cancellationToken).ConfigureAwait(false);
        var pending = await NotDoneAsync(orders, cancellationToken).ConfigureAwait(false);
        var due = new List<Checkpoint>();
        foreach (var order in orders)
        {
            var dueNow = pending[order.Id].Where(c => c.At <= now).ToList();
            if (dueNow.Count > 0)
            {
                due.AddRange(dueNow);
                continue;
            }

            var next = pending[order.Id].Min(c => (DateTimeOffset?)c.At);
            await writer.Db.WorkOrders.Where(o => o.Id == order.Id && o.Revision == order.Revision)
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.NextCheckpointAt, next), cancellationToken).ConfigureAwait(false);
        }

        return due.OrderBy(c => c.At).ToList();
    }

    private async Task<List<WorkOrder>> MarkedAsync(Expression<Func<WorkOrder, bool>> marked, CancellationToken cancellationToken) =>
        await writer.Db.WorkOrders.AsNoTracking().Where(marked).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The orders' checkpoints that are not on the timeline yet, by order.</summary>
    private async Task<ILookup<int, Checkpoint>> NotDoneAsync(IEnumerable<WorkOrder> orders, CancellationToken cancellationToken)
    {
        var checkpoints = orders.SelectMany(o => Checkpoint.Of(o, options.Value)).ToList();
        var keys = checkpoints.Select(c => c.Key).ToList();
        var done = keys.Count == 0 ? [] : (await writer.Db.WorkOrderEvents.AsNoTracking()
            .Where(e => e.ActionKey != null && keys.Contains(e.ActionKey))
            .Select(e => e.ActionKey!).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return checkpoints.Where(c => !done.Contains(c.Key)).ToLookup(c => c.WorkOrderId);
    }

    /// <summary>
    /// Acts on the checkpoint if it is due and still belongs to the order's current phase (the order decides): the
    /// outcome is refused for a phase that is over or a checkpoint not due yet, and a replay when it was done before.
    /// </summary>
    public Task<WorkOrderOutcome> RunAsync(int orderId, string checkpointKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, checkpointKey, (order, now) => Task.FromResult(order.Pass(checkpointKey, options.Value, now)), cancellationToken);
}
