using BuildingBot.Community.WorkOrders;

namespace BuildingBot.BotHost.WorkOrders;

/// <summary>The English wording of a refused work-order change, for the admin API's problem details.</summary>
public static class WorkOrderRefusalEnglish
{
    public static string ToEnglish(this WorkOrderRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var order = $"Work order {refusal.Number}";
        return refusal.Kind switch
        {
            WorkOrderRefusalKind.NotFound => "No such work order.",
            WorkOrderRefusalKind.BuildingNotFound => "No such building.",
            WorkOrderRefusalKind.IllegalTransition => $"{order} is {refusal.Status}; it cannot be {Verb(refusal.Action)} now.",
            WorkOrderRefusalKind.NotYours => refusal.Name is { } assignee
                ? $"{order} is assigned to {assignee}, not to this member."
                : $"{order} is not assigned to this member.",
            WorkOrderRefusalKind.NotReporter => $"Only a reporter may {refusal.Action.ToString().ToLowerInvariant()} {refusal.Number}.",
            WorkOrderRefusalKind.TextEmpty => $"The {refusal.Field.ToString().ToLowerInvariant()} must not be empty.",
            WorkOrderRefusalKind.TextTooLong => $"The {refusal.Field.ToString().ToLowerInvariant()} is longer than {WorkOrder.MaxDescriptionLength} characters.",
            WorkOrderRefusalKind.NoSuchMember => "No such grid member.",
            WorkOrderRefusalKind.CannotRoute => $"{order} still cannot be routed: {refusal.Reason}.",
            WorkOrderRefusalKind.TransferTargetUnknown => $"No grid member is called '{refusal.Name}'.",
            WorkOrderRefusalKind.TransferTargetAmbiguous => $"{refusal.Count} grid members are called '{refusal.Name}'.",
            WorkOrderRefusalKind.AlreadyAssignee => $"{order} is already handled by {refusal.Name}.",
            WorkOrderRefusalKind.AlreadyReporter => $"The resident already reported {refusal.Number}.",
            WorkOrderRefusalKind.DuplicateTargetUnknown => $"No open or finished work order '{refusal.Name}' to merge into.",
            WorkOrderRefusalKind.DuplicateOfItself => $"{order} cannot be a duplicate of itself.",
            _ => $"{order} has no deadline checkpoint due.",
        };
    }

    private static string Verb(WorkOrderAction action) => action switch
    {
        WorkOrderAction.Assign => "assigned",
        WorkOrderAction.Accept => "accepted",
        WorkOrderAction.Transfer => "transferred",
        WorkOrderAction.Return => "returned",
        WorkOrderAction.Resolve => "resolved",
        WorkOrderAction.Rate => "rated",
        WorkOrderAction.Reopen => "reopened",
        WorkOrderAction.Cancel => "cancelled",
        WorkOrderAction.AddCoReporter => "joined",
        WorkOrderAction.CloseAsDuplicate => "closed as a duplicate",
        _ => "changed",
    };
}
