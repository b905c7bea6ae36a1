namespace BuildingBot.Community.WorkOrders;

/// <summary>The Chinese names residents and grid members read.</summary>
public static class WorkOrderStatusNames
{
    public static string ToChinese(this WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Submitted => "待派单",
        WorkOrderStatus.Assigned => "已派单",
        WorkOrderStatus.Accepted => "处理中",
        WorkOrderStatus.Resolved => "已办结",
        WorkOrderStatus.Closed => "已关闭",
        _ => "已撤销",
    };

    public static string ToChinese(this Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "紧急（危险）",
        Urgency.Urgent => "紧急",
        _ => "一般",
    };

    public static string ToChinese(this WorkOrderRating rating) => rating switch
    {
        WorkOrderRating.Satisfied => "满意",
        WorkOrderRating.FairlySatisfied => "基本满意",
        _ => "不满意",
    };
}
