namespace BuildingBot.Community.WorkOrders;

/// <summary>The grid side of the lifecycle: assign, accept, transfer, return, resolve.</summary>
public sealed partial class WorkOrder
{
    /// <summary>Assigns a queued order as <paramref name="decision"/> says (null: the chosen member does not exist).</summary>
    public WorkOrderRefusal? Assign(RoutingDecision? decision, WorkOrderActor actor, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(options);
        if (Refuse(WorkOrderAction.Assign) is { } illegal)
        {
            return illegal;
        }

        if (decision is null || decision.IsQueued)
        {
            return decision is null
                ? new WorkOrderRefusal(WorkOrderRefusalKind.NoSuchMember, Number)
                : new WorkOrderRefusal(WorkOrderRefusalKind.CannotRoute, Number) { Reason = decision.Reason };
        }

        Route(decision, options, now);
        Record(WorkOrderEventKind.Assigned, actor, now, WorkOrderStatus.Submitted, decision.Reason, null, decision.MemberId);
        return null;
    }

    /// <summary>接单: only the assignee, only while assigned; starts the resolve deadline.</summary>
    public WorkOrderRefusal? Accept(WorkOrderActor member, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(options);
        if (AssigneeId != member.Id)
        {
            return NotYours();
        }

        if (Refuse(WorkOrderAction.Accept) is { } illegal)
        {
            return illegal;
        }

        Status = WorkOrderStatus.Accepted;
        PhaseStartedAt = now;
        AcceptedAt = now;
        ResolveDueAt = now + options.For(Category, Urgency).Resolve;
        EscalationLevel = 0;
        Record(WorkOrderEventKind.Accepted, member, now, WorkOrderStatus.Assigned, toMember: member.Id);
        return null;
    }

    /// <summary>
    /// 转派 by the assignee or the grid leader, with a reason, to the one member called <paramref name="targetName"/>
    /// (<paramref name="candidates"/>: every member of that name; one in the order's grid wins); the new assignee must accept.
    /// </summary>
    public WorkOrderRefusal? Transfer(
        WorkOrderActor member, bool memberLeadsGrid, string targetName, IReadOnlyList<WorkOrderCandidate> candidates, string reason,
        WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        if (RefuseGridAction(member, memberLeadsGrid, WorkOrderAction.Transfer, reason) is { } refusal)
        {
            return refusal;
        }

        var inGrid = candidates.Where(c => c.GridId == GridId).ToList();
        var target = inGrid.Count == 1 ? inGrid[0] : candidates.Count == 1 ? candidates[0] : null;
        if (target is null)
        {
            return candidates.Count == 0
                ? new WorkOrderRefusal(WorkOrderRefusalKind.TransferTargetUnknown, Number) { Name = targetName }
                : new WorkOrderRefusal(WorkOrderRefusalKind.TransferTargetAmbiguous, Number) { Name = targetName, Count = candidates.Count };
        }

        if (target.Id == AssigneeId)
        {
            return new WorkOrderRefusal(WorkOrderRefusalKind.AlreadyAssignee, Number) { Name = target.Name };
        }

        var from = Status;
        var previous = AssigneeId;
        Route(new RoutingDecision(target.GridId, target.Id, target.Name, $"由{member.Name}转派：{reason}"), options, now);
        Record(WorkOrderEventKind.Transferred, member, now, from, reason, previous, target.Id);
        return null;
    }

    /// <summary>退回 by the assignee or the grid leader: to <paramref name="leader"/>, or to the community queue when there is none.</summary>
    public WorkOrderRefusal? Return(
        WorkOrderActor member, bool memberLeadsGrid, WorkOrderCandidate? leader, string reason, WorkOrderOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(options);
        if (RefuseGridAction(member, memberLeadsGrid, WorkOrderAction.Return, reason) is { } refusal)
        {
            return refusal;
        }

        var from = Status;
        var previous = AssigneeId;
        var decision = leader is null
            ? new RoutingDecision(GridId, null, string.Empty, $"{member.Name}退回，进入社区待派单队列：{reason}")
            : new RoutingDecision(GridId, leader.Id, leader.Name, $"{member.Name}退回给网格长{leader.Name}：{reason}");
        Route(decision, options, now);
        Record(WorkOrderEventKind.Returned, member, now, from, reason, previous, decision.MemberId);
        return null;
    }

    /// <summary>办结 by the assignee: the result in words, optionally a photo; the rating window begins.</summary>
    public WorkOrderRefusal? Resolve(WorkOrderActor member, string result, string? photoUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (AssigneeId != member.Id)
        {
            return NotYours();
        }

        if ((Refuse(WorkOrderAction.Resolve) ?? WorkOrderRefusal.ForText(result, WorkOrderTextField.Result, Number)) is { } refusal)
        {
            return refusal;
        }

        Status = WorkOrderStatus.Resolved;
        ResolvedAt = now;
        PhaseStartedAt = now;
        Resolution = result.Trim();
        ResolutionPhotoUrl = photoUrl;
        Record(WorkOrderEventKind.Resolved, member, now, WorkOrderStatus.Accepted, Resolution);
        return null;
    }

    private WorkOrderRefusal? RefuseGridAction(WorkOrderActor member, bool memberLeadsGrid, WorkOrderAction action, string reason)
    {
        if (AssigneeId != member.Id && !memberLeadsGrid)
        {
            return NotYours();
        }

        return Refuse(action) ?? WorkOrderRefusal.ForText(reason, WorkOrderTextField.Reason, Number);
    }
}
