using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// Applies one change to one order: loads it, lets the order's own method check and mutate it, saves with the
/// order's revision as the concurrency token (a lost race reruns the change on fresh data, which then usually
/// refuses). The save also writes what the order's events cause (outbox rows, through the domain event consumers):
/// both or neither. An action key already on the timeline is a replay.
/// </summary>
public sealed partial class WorkOrderWriter(CommunityDbContext db, TimeProvider clock, ILogger<WorkOrderWriter> logger)
{
    private const int MaxRaces = 5;

    public CommunityDbContext Db => db;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Runs <paramref name="change"/> on the order; it returns a refusal, or null after the order recorded its events.</summary>
    public async Task<WorkOrderOutcome> ChangeAsync(
        int orderId, string? actionKey, Func<WorkOrder, DateTimeOffset, Task<WorkOrderRefusal?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (actionKey is not null && await ReplayAsync(orderId, actionKey, cancellationToken).ConfigureAwait(false) is { } replay)
            {
                return replay;
            }

            var order = await Load(db.WorkOrders).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
            if (order is null)
            {
                return WorkOrderOutcome.Fail(WorkOrderRefusal.NotFound);
            }

            var now = clock.GetUtcNow();
            var before = order.Events.Count;
            if (await change(order, now).ConfigureAwait(false) is { } refusal)
            {
                return WorkOrderOutcome.Fail(refusal, order);
            }

            var added = order.Events.Skip(before).ToList();
            if (actionKey is not null && added.Count > 0)
            {
                added[0].ActionKey = actionKey;
            }

            order.Revision++;
            order.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt < MaxRaces && DbConflicts.IsConflict(exception))
            {
                // Someone changed the order first (concurrency token), or the same action key landed meanwhile;
                // clearing the tracker drops the outbox rows staged with this attempt too.
                LogRace(exception, order.Number, attempt);
                continue;
            }

            // Navigations (the new assignee) are read fresh, not fixed up from the changed keys.
            var saved = await Load(db.WorkOrders.AsNoTracking()).FirstAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
            return new WorkOrderOutcome(saved, null, added);
        }
    }

    /// <summary>Orders with what messages and lists show: timeline, reporters, assignee, building and compound.</summary>
    public static IQueryable<WorkOrder> Load(IQueryable<WorkOrder> orders) =>
        orders.Include(o => o.Events).Include(o => o.Reporters).ThenInclude(r => r.Resident)
            .Include(o => o.Assignee).Include(o => o.Building).ThenInclude(b => b!.Compound).AsSplitQuery();

    private async Task<WorkOrderOutcome?> ReplayAsync(int orderId, string actionKey, CancellationToken cancellationToken)
    {
        var done = await db.WorkOrderEvents.AsNoTracking().AnyAsync(e => e.ActionKey == actionKey, cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            return null;
        }

        var order = await Load(db.WorkOrders.AsNoTracking()).FirstAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
        return new WorkOrderOutcome(order, null, []) { Replayed = true };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Work order {Number} changed under us (attempt {Attempt}); re-evaluating on fresh data")]
    private partial void LogRace(Exception exception, string number, int attempt);
}
