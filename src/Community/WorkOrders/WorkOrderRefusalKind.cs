namespace BuildingBot.Community.WorkOrders;

/// <summary>Why a change to a work order was refused; Dialogs and the admin API word it for their readers.</summary>
public enum WorkOrderRefusalKind
{
    /// <summary>No such order.</summary>
    NotFound,

    /// <summary>A report names a building that does not exist.</summary>
    BuildingNotFound,

    /// <summary>The action is not possible from the order's status (<see cref="WorkOrderRefusal.Action"/>, <see cref="WorkOrderRefusal.Status"/>).</summary>
    IllegalTransition,

    /// <summary>The member is not the assignee (nor its grid leader); <see cref="WorkOrderRefusal.Name"/> is the assignee, if any.</summary>
    NotYours,

    /// <summary>Only a reporter may do this (<see cref="WorkOrderRefusal.Action"/>: cancel, rate, reopen).</summary>
    NotReporter,

    /// <summary>The text (<see cref="WorkOrderRefusal.Field"/>) is empty.</summary>
    TextEmpty,

    /// <summary>The text (<see cref="WorkOrderRefusal.Field"/>) is longer than <see cref="WorkOrder.MaxDescriptionLength"/>.</summary>
    TextTooLong,

    /// <summary>An admin assigned the order to a member who does not exist.</summary>
    NoSuchMember,

    /// <summary>Routing still finds nobody (<see cref="WorkOrderRefusal.Reason"/>).</summary>
    CannotRoute,

    /// <summary>No grid member is called <see cref="WorkOrderRefusal.Name"/>.</summary>
    TransferTargetUnknown,

    /// <summary><see cref="WorkOrderRefusal.Count"/> members are called <see cref="WorkOrderRefusal.Name"/>.</summary>
    TransferTargetAmbiguous,

    /// <summary>The transfer target (<see cref="WorkOrderRefusal.Name"/>) already handles the order.</summary>
    AlreadyAssignee,

    /// <summary>The resident already is one of the order's reporters.</summary>
    AlreadyReporter,

    /// <summary>A deadline checkpoint belongs to a phase the order has left.</summary>
    CheckpointOver,

    /// <summary>A deadline checkpoint is not due yet (<see cref="WorkOrderRefusal.DueAt"/>).</summary>
    CheckpointNotDue,

    /// <summary>The order a duplicate should join (<see cref="WorkOrderRefusal.Name"/>: its number) does not exist or was cancelled.</summary>
    DuplicateTargetUnknown,

    /// <summary>An order cannot be a duplicate of itself.</summary>
    DuplicateOfItself,
}
