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
    WorkOrderWriter writer, WorkOrderRouter router, WorkOrderLifecycle lifecycle, IOptions<WorkOrderOptions> options, CommunityTimeZone timeZone)
{

    private CommunityDbContext Db => writer.Db;

    /// <summary>Creates and routes the order; the same source key returns the order created the first time.</summary>
    public async Task<WorkOrderOutcome> CreateAsync(NewWorkOrder report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (WorkOrderText.Check(report.Description, "问题描述") is { } invalid)
        {
            return WorkOrderOutcome.Fail(invalid);
        }

        if (!await Db.Buildings.AnyAsync(b => b.Id == report.BuildingId, cancellationToken).ConfigureAwait(false))
        {
            return WorkOrderOutcome.Fail("没有找到这个楼栋，请核对楼栋号。");
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
            var order = new WorkOrder
            {
                Number = await NextNumberAsync(now, cancellationToken).ConfigureAwait(false),
                SourceKey = report.SourceKey, Category = report.Category, Urgency = report.Urgency,
                Description = report.Description.Trim(), BuildingId = report.BuildingId, Room = report.Room, PhotoUrl = report.PhotoUrl,
                ReporterId = report.ReporterId, ContactAllowed = report.ContactAllowed, CreatedAt = now, UpdatedAt = now,
            };
            if (report.ReporterId is { } reporter)
            {
                order.Reporters.Add(new WorkOrderReporter { ResidentId = reporter, IsOriginal = true, AddedAt = now });
            }

            WorkOrderWriter.Record(order, WorkOrderEventKind.Created, report.Actor, now, WorkOrderStatus.Submitted, order.Description);
            lifecycle.ApplyRouting(order, decision, now);
            WorkOrderWriter.Record(order, decision.IsQueued ? WorkOrderEventKind.Queued : WorkOrderEventKind.Assigned,
                WorkOrderActor.System, now, WorkOrderStatus.Submitted, decision.Reason, null, decision.MemberId);
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

            var saved = await WorkOrderWriter.Load(Db.WorkOrders).FirstAsync(o => o.Id == order.Id, cancellationToken).ConfigureAwait(false);
            await writer.PublishAsync(saved, saved.Events.ToList(), cancellationToken).ConfigureAwait(false);
            return new WorkOrderOutcome(saved, null, saved.Events.ToList());
        }
    }

    /// <summary>我也遇到 +1: the resident joins an open order instead of filing a second one.</summary>
    public Task<WorkOrderOutcome> AddCoReporterAsync(int orderId, WorkOrderActor resident, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.AddCoReporter))
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.AddCoReporter));
            }

            if (order.Reporters.Any(r => r.ResidentId == resident.Id))
            {
                return Task.FromResult<string?>($"您已经在工单 {order.Number} 的反映人里了，有进展会通知您。");
            }

            order.Reporters.Add(new WorkOrderReporter { ResidentId = resident.Id!.Value, AddedAt = now });
            WorkOrderWriter.Record(order, WorkOrderEventKind.CoReporterAdded, resident, now, order.Status, "我也遇到 +1");
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>The reporter withdraws an open order.</summary>
    public Task<WorkOrderOutcome> CancelAsync(int orderId, WorkOrderActor resident, string? reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (order.ReporterId != resident.Id)
            {
                return Task.FromResult<string?>($"只有反映人本人可以撤销工单 {order.Number}。");
            }

            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Cancel))
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.Cancel));
            }

            var from = order.Status;
            order.Status = WorkOrderStatus.Cancelled;
            order.ClosedAt = now;
            WorkOrderWriter.Record(order, WorkOrderEventKind.Cancelled, resident, now, from, reason, order.AssigneeId);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>评价: 满意 / 基本满意 close the order; 不满意 reopens it with the same assignee and alerts the grid leader.</summary>
    public Task<WorkOrderOutcome> RateAsync(
        int orderId, WorkOrderActor resident, WorkOrderRating rating, string? comment, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (order.Reporters.All(r => r.ResidentId != resident.Id))
            {
                return Task.FromResult<string?>($"只有反映人可以评价工单 {order.Number}。");
            }

            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Rate))
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.Rate));
            }

            order.Rating = rating;
            order.RatingComment = comment;
            if (rating == WorkOrderRating.Dissatisfied)
            {
                WorkOrderWriter.Record(order, WorkOrderEventKind.Rated, resident, now, WorkOrderStatus.Resolved, rating.ToChinese());
                Reopen(order, now, options.Value);
                WorkOrderWriter.Record(order, WorkOrderEventKind.Reopened, resident, now, WorkOrderStatus.Resolved, comment ?? "居民不满意", null, order.AssigneeId);
                return Task.FromResult<string?>(null);
            }

            order.Status = WorkOrderStatus.Closed;
            order.ClosedAt = now;
            WorkOrderWriter.Record(order, WorkOrderEventKind.Rated, resident, now, WorkOrderStatus.Resolved, rating.ToChinese());
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Reopens a resolved or closed order (the reporter, or an admin): back to the same assignee with a new deadline.</summary>
    public Task<WorkOrderOutcome> ReopenAsync(int orderId, WorkOrderActor actor, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (actor.Kind != WorkOrderActorKind.Admin && order.Reporters.All(r => r.ResidentId != actor.Id))
            {
                return Task.FromResult<string?>($"只有反映人可以重新打开工单 {order.Number}。");
            }

            if (!WorkOrderTransitions.IsLegal(order.Status, WorkOrderAction.Reopen) || order.AssigneeId is null)
            {
                return Task.FromResult<string?>(WorkOrderTransitions.Refusal(order, WorkOrderAction.Reopen));
            }

            if (WorkOrderText.Check(reason, "原因") is { } invalid)
            {
                return Task.FromResult<string?>(invalid);
            }

            var from = order.Status;
            Reopen(order, now, options.Value);
            WorkOrderWriter.Record(order, WorkOrderEventKind.Reopened, actor, now, from, reason.Trim(), null, order.AssigneeId);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>A comment after rating (or at any time) by a reporter; kept on the timeline.</summary>
    public Task<WorkOrderOutcome> CommentAsync(int orderId, WorkOrderActor resident, string comment, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) =>
        {
            if (WorkOrderText.Check(comment, "补充内容") is { } invalid)
            {
                return Task.FromResult<string?>(invalid);
            }

            order.RatingComment ??= comment.Trim();
            WorkOrderWriter.Record(order, WorkOrderEventKind.Commented, resident, now, order.Status, comment.Trim(), null, order.AssigneeId);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    internal static void Reopen(WorkOrder order, DateTimeOffset now, WorkOrderOptions options)
    {
        order.Status = WorkOrderStatus.Accepted;
        order.PhaseStartedAt = now;
        order.ResolveDueAt = now + options.For(order.Category, order.Urgency).Resolve;
        order.ResolvedAt = null;
        order.ClosedAt = null;
        order.EscalationLevel = 0;
    }

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
