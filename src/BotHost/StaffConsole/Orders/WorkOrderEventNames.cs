using BuildingBot.Community.WorkOrders;

namespace BuildingBot.BotHost.StaffConsole.Orders;

/// <summary>The timeline's entries as staff read them.</summary>
public static class WorkOrderEventNames
{
    public static string ToChinese(this WorkOrderEventKind kind) => kind switch
    {
        WorkOrderEventKind.Created => "居民上报",
        WorkOrderEventKind.Assigned => "派单",
        WorkOrderEventKind.Queued => "进入待派单队列",
        WorkOrderEventKind.Accepted => "接单",
        WorkOrderEventKind.Transferred => "转派",
        WorkOrderEventKind.Returned => "退回",
        WorkOrderEventKind.Resolved => "办结",
        WorkOrderEventKind.Rated => "评价",
        WorkOrderEventKind.Reopened => "重新打开",
        WorkOrderEventKind.Commented => "居民补充",
        WorkOrderEventKind.Reminded => "时限提醒",
        WorkOrderEventKind.Escalated => "超时升级",
        WorkOrderEventKind.Cancelled => "居民撤销",
        WorkOrderEventKind.Closed => "关闭",
        WorkOrderEventKind.CoReporterAdded => "又有居民反映",
        WorkOrderEventKind.Noted => "备注",
        WorkOrderEventKind.ClosedAsDuplicate => "作为重复工单关闭",
        _ => kind.ToString(),
    };
}
