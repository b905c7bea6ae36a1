namespace BuildingBot.Community.WorkOrders;

/// <summary>Which free text of a work order a text refusal is about.</summary>
public enum WorkOrderTextField
{
    /// <summary>问题描述.</summary>
    Description,

    /// <summary>原因 (transfer, return, reopen).</summary>
    Reason,

    /// <summary>办结结果.</summary>
    Result,

    /// <summary>补充内容.</summary>
    Comment,

    /// <summary>内容: whatever a prompt asked for.</summary>
    Content,
}
