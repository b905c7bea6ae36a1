namespace BuildingBot.Community.WorkOrders;

/// <summary>What someone (or a deadline) does to a work order.</summary>
public enum WorkOrderAction
{
    Assign,
    Accept,
    Transfer,
    Return,
    Resolve,
    Rate,
    Reopen,
    Cancel,
    Remind,
    Escalate,
    Close,
    AddCoReporter,
    CloseAsDuplicate,
}
