namespace BuildingBot.Community.Care;

/// <summary>Why a visit was not recorded or not turned into an order (worded in Chinese by the dialog).</summary>
public enum CareVisitRefusal
{
    /// <summary>The sender is not a grid member who visits.</summary>
    NotAVisitor,

    /// <summary>No household with that room in the member's grid.</summary>
    HouseholdNotFound,

    /// <summary>The room names a unit-less room that several units have.</summary>
    Ambiguous,

    /// <summary>转工单 without a visit recorded by the member in the last hour.</summary>
    NoRecentVisit,

    /// <summary>The last visit's note is already an order.</summary>
    AlreadyAnOrder,
}
