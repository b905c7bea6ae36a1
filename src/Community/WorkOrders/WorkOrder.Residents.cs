namespace BuildingBot.Community.WorkOrders;

/// <summary>The resident side of the lifecycle: join as a co-reporter, cancel, rate, reopen, comment.</summary>
public sealed partial class WorkOrder
{
    /// <summary>我也遇到 +1: the resident joins an open order instead of filing a second one.</summary>
    public WorkOrderRefusal? AddCoReporter(WorkOrderActor resident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (Refuse(WorkOrderAction.AddCoReporter) is { } illegal)
        {
            return illegal;
        }

        if (Reporters.Any(r => r.ResidentId == resident.Id))
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.AlreadyReporter, Number);
        }

        Reporters.Add(new WorkOrderReporter { ResidentId = resident.Id!.Value, AddedAt = now });
        Record(WorkOrderEventKind.CoReporterAdded, resident, now, Status, "我也遇到 +1");
        return null;
    }

    /// <summary>The original reporter withdraws an open order.</summary>
    public WorkOrderRefusal? Cancel(WorkOrderActor resident, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (ReporterId != resident.Id)
        {
            return NotReporter(WorkOrderAction.Cancel);
        }

        if (Refuse(WorkOrderAction.Cancel) is { } illegal)
        {
            return illegal;
        }

        var from = Status;
        Status = WorkOrderStatus.Cancelled;
        ClosedAt = now;
        Record(WorkOrderEventKind.Cancelled, resident, now, from, reason, AssigneeId);
        return null;
    }

    /// <summary>评价: 满意 / 基本满意 close the order; 不满意 reopens it with the same assignee (and alerts the grid leader).</summary>
    public WorkOrderRefusal? Rate(WorkOrderActor resident, WorkOrderRating rating, string? comment, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(options);
        if (Reporters.All(r => r.ResidentId != resident.Id))
        {
            return NotReporter(WorkOrderAction.Rate);
        }

        if (Refuse(WorkOrderAction.Rate) is { } illegal)
        {
            return illegal;
        }

        Rating = rating;
        RatingComment = comment;
        if (rating == WorkOrderRating.Dissatisfied)
        {
            Record(WorkOrderEventKind.Rated, resident, now, WorkOrderStatus.Resolved, rating.ToChinese());
            StartOver(options, now);
            Record(WorkOrderEventKind.Reopened, resident, now, WorkOrderStatus.Resolved, comment ?? "居民不满意", null, AssigneeId);
            return null;
        }

        Status = WorkOrderStatus.Closed;
        ClosedAt = now;
        Record(WorkOrderEventKind.Rated, resident, now, WorkOrderStatus.Resolved, rating.ToChinese());
        return null;
    }

    /// <summary>Reopens a resolved or closed order (a reporter, or an admin): back to the same assignee with a new deadline.</summary>
    public WorkOrderRefusal? Reopen(WorkOrderActor actor, string reason, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(options);
        if (actor.Kind != WorkOrderActorKind.Admin && Reporters.All(r => r.ResidentId != actor.Id))
        {
            return NotReporter(WorkOrderAction.Reopen);
        }

        if (!WorkOrderTransitions.IsLegal(Status, WorkOrderAction.Reopen) || AssigneeId is null)
        {
            return WorkOrderRefusal.Illegal(this, WorkOrderAction.Reopen);
        }

        if (WorkOrderRefusal.ForText(reason, WorkOrderTextField.Reason, Number) is { } invalid)
        {
            return invalid;
        }

        var from = Status;
        StartOver(options, now);
        Record(WorkOrderEventKind.Reopened, actor, now, from, reason.Trim(), null, AssigneeId);
        return null;
    }

    /// <summary>A comment after rating (or at any time) by a reporter; kept on the timeline and passed to the assignee.</summary>
    public WorkOrderRefusal? Comment(WorkOrderActor resident, string comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (WorkOrderRefusal.ForText(comment, WorkOrderTextField.Comment, Number) is { } invalid)
        {
            return invalid;
        }

        RatingComment ??= comment.Trim();
        Record(WorkOrderEventKind.Commented, resident, now, Status, comment.Trim(), null, AssigneeId);
        return null;
    }
}
