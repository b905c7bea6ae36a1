using BuildingBot.Community.Configuration;
using System.Globalization;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// The resident side of the lifecycle: report (create and route), join as a co-reporter, cancel,
/// rate (不满意 reopens), comment.
/// </summary>
public sealed class WorkOrderService(
    WorkOrderWriter writer, WorkOrderRouter router, IOptions<WorkOrderOptions> options, CommunityTimeZone timeZone)
{
    private CommunityDbContext Db => writer.Db;

    /// <summary>Creates and routes the order; the same source key returns the order created the first time.</summary>
    public async Task<WorkOrderOutcome> CreateAsync(NewWorkOrder report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (WorkOrder.Refuse(report) is { } invalid)
        {
            return WorkOrderOutcome.Fail(invalid);
        }

        if (!await Db.Buildings.AnyAsync(b => b.Id == report.BuildingId, cancellationToken).ConfigureAwait(false))
        {
            return WorkOrderOutcome.Fail(WorkOrderRefusal.BuildingNotFound);
        }

        for (var attempt = 1; ; attempt++)
        {
            Db.ChangeTracker.Clear();
            if (await ExistingAsync(report.SourceKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return new WorkOrderOutcome(existing, null, []) { Replayed = true };
            }

            var now = writer.Now;
            var decision = await router.RouteAsync(report.BuildingId, report.Category, null, cancellationToken).ConfigureAwait(false);
            var number = await NextNumberAsync(now, cancellationToken).ConfigureAwait(false);
            var order = WorkOrder.Report(report, number, decision, options.Value, now);
            Db.WorkOrders.Add(order);
            try
            {
                await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt < 5 && DbConflicts.IsConflict(exception))
            {
                // Another report took the same number this instant, or this very report landed meanwhile.
                continue;
            }

            var saved = await WorkOrderWriter.Load(Db.WorkOrders.AsNoTracking()).FirstAsync(o => o.Id == order.Id, cancellationToken).ConfigureAwait(false);
            return new WorkOrderOutcome(saved, null, saved.Events.ToList());
        }
    }

    /// <summary>我也遇到 +1: the resident joins an open order instead of filing a second one.</summary>
    public Task<WorkOrderOutcome> AddCoReporterAsync(int orderId, WorkOrderActor resident, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.AddCoReporter(resident, now)), cancellationToken);

    /// <summary>The reporter withdraws an open order.</summary>
    public Task<WorkOrderOutcome> CancelAsync(int orderId, WorkOrderActor resident, string? reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Cancel(resident, reason, now)), cancellationToken);

    /// <summary>评价: 满意 / 基本满意 close the order; 不满意 reopens it with the same assignee and alerts the grid leader.</summary>
    public Task<WorkOrderOutcome> RateAsync(
        int orderId, WorkOrderActor resident, WorkOrderRating rating, string? comment, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Rate(resident, rating, comment, options.Value, now)), cancellationToken);

    /// <summary>Reopens a resolved or closed order (the reporter, or an admin): back to the same assignee with a new deadline.</summary>
    public Task<WorkOrderOutcome> ReopenAsync(int orderId, WorkOrderActor actor, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Reopen(actor, reason, options.Value, now)), cancellationToken);

    /// <summary>A comment after rating (or at any time) by a reporter; kept on the timeline.</summary>
    public Task<WorkOrderOutcome> CommentAsync(int orderId, WorkOrderActor resident, string comment, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.Comment(resident, comment, now)), cancellationToken);

    private async Task<WorkOrder?> ExistingAsync(string sourceKey, CancellationToken cancellationToken) =>
        await WorkOrderWriter.Load(Db.WorkOrders.AsNoTracking()).FirstOrDefaultAsync(o => o.SourceKey == sourceKey, cancellationToken).ConfigureAwait(false);

    private async Task<string> NextNumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = $"WO-{timeZone.Local(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-";
        var today = await Db.WorkOrders.Where(o => o.Number.StartsWith(prefix)).Select(o => o.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = today.Select(n => int.Parse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture)).DefaultIfEmpty().Max();
        return $"{prefix}{last + 1:D4}";
    }
}
