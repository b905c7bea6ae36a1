using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>The Chinese wording of a refused work-order change, for the resident or grid member who tried it.</summary>
public static class WorkOrderRefusalText
{
    public static string ToChinese(this WorkOrderRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var n = refusal.Number;
        return refusal.Kind switch
        {
            WorkOrderRefusalKind.NotFound => "没有找到这张工单。",
            WorkOrderRefusalKind.BuildingNotFound => "没有找到这个楼栋，请核对楼栋号。",
            WorkOrderRefusalKind.IllegalTransition => Illegal(refusal),
            WorkOrderRefusalKind.NotYours => refusal.Name is { } assignee
                ? $"工单 {n} 不是派给您的（当前由{assignee}负责），不能操作。"
                : $"工单 {n} 还没有派给您，不能操作。",
            WorkOrderRefusalKind.NotReporter => refusal.Action switch
            {
                WorkOrderAction.Cancel => $"只有反映人本人可以撤销工单 {n}。",
                WorkOrderAction.Rate => $"只有反映人可以评价工单 {n}。",
                _ => $"只有反映人可以重新打开工单 {n}。",
            },
            WorkOrderRefusalKind.TextEmpty => $"{Field(refusal.Field)}不能为空。",
            WorkOrderRefusalKind.TextTooLong => $"{Field(refusal.Field)}太长了（最多 {WorkOrder.MaxDescriptionLength} 字），请精简后再发。",
            WorkOrderRefusalKind.NoSuchMember => "没有这位网格员。",
            WorkOrderRefusalKind.CannotRoute => $"仍然无法派单：{refusal.Reason}。",
            WorkOrderRefusalKind.TransferTargetUnknown => $"没有找到叫“{refusal.Name}”的网格员，请核对姓名。",
            WorkOrderRefusalKind.TransferTargetAmbiguous => $"有{refusal.Count}位叫“{refusal.Name}”的网格员，请联系网格长转派。",
            WorkOrderRefusalKind.AlreadyAssignee => $"工单 {n} 已经由{refusal.Name}负责。",
            WorkOrderRefusalKind.AlreadyReporter => $"您已经在工单 {n} 的反映人里了，有进展会通知您。",
            WorkOrderRefusalKind.DuplicateTargetUnknown => $"没有找到可以合并的工单“{refusal.Name}”（不存在或已撤销），请核对单号。",
            WorkOrderRefusalKind.DuplicateOfItself => $"工单 {n} 不能与自己合并，请填写另一张工单的单号。",
            _ => $"工单 {n} 现在不需要处理这个时限。",
        };
    }

    /// <summary>For prompts: the refusal of the text, or null when it is fine.</summary>
    public static string? CheckText(string? text, WorkOrderTextField field) => WorkOrderRefusal.ForText(text, field)?.ToChinese();

    private static string Illegal(WorkOrderRefusal refusal)
    {
        var verb = refusal.Action switch
        {
            WorkOrderAction.Accept => "接单",
            WorkOrderAction.Transfer => "转派",
            WorkOrderAction.Return => "退回",
            WorkOrderAction.Resolve => "办结",
            WorkOrderAction.Rate => "评价",
            WorkOrderAction.Reopen => "重新打开",
            WorkOrderAction.Cancel => "撤销",
            WorkOrderAction.AddCoReporter => "加入",
            WorkOrderAction.CloseAsDuplicate => "作为重复工单关闭",
            WorkOrderAction.Assign => "派单",
            _ => "处理",
        };
        var hint = (refusal.Status, refusal.Action) switch
        {
            (WorkOrderStatus.Assigned, WorkOrderAction.Resolve) => $"请先接单（发“接单 {refusal.Number}”）。",
            (WorkOrderStatus.Accepted, WorkOrderAction.Accept) => "它已经在处理中了。",
            (WorkOrderStatus.Submitted, _) => "它还在社区待派单队列里。",
            _ => string.Empty,
        };
        return $"工单 {refusal.Number} 当前是“{refusal.Status.ToChinese()}”，不能{verb}。{hint}".TrimEnd();
    }

    private static string Field(WorkOrderTextField field) => field switch
    {
        WorkOrderTextField.Description => "问题描述",
        WorkOrderTextField.Reason => "原因",
        WorkOrderTextField.Result => "办结结果",
        WorkOrderTextField.Comment => "补充内容",
        _ => "内容",
    };
}
