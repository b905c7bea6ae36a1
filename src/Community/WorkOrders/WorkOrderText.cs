namespace BuildingBot.Community.WorkOrders;

/// <summary>Checks free text people give a work order (descriptions, reasons, results).</summary>
public static class WorkOrderText
{
    /// <summary>A refusal in Chinese when the text is empty or longer than 1,000 characters; null when fine.</summary>
    public static string? Check(string? text, string what) => text?.Trim() switch
    {
        null or { Length: 0 } => $"{what}不能为空。",
        { Length: > WorkOrder.MaxDescriptionLength } => $"{what}太长了（最多 {WorkOrder.MaxDescriptionLength} 字），请精简后再发。",
        _ => null,
    };
}
