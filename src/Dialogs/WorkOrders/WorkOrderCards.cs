using System.Globalization;
using System.Text;
using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>The texts and buttons of work-order messages, in one place so chat, simulator and WeCom cards agree.</summary>
public static class WorkOrderCards
{
    /// <summary>"11月27日 14:30", in the community's time zone.</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The order as the assignee reads it: everything needed to act, the phone only if the reporter allowed a call.</summary>
    public static string ForAssignee(WorkOrder order, string heading, TimeZoneInfo zone, string? reporterName, string? reporterPhone)
    {
        ArgumentNullException.ThrowIfNull(order);
        var text = new StringBuilder()
            .Append('【').Append(heading).Append('】').Append(order.Number)
            .Append(order.Urgency == Urgency.Normal ? string.Empty : $"（{order.Urgency.ToChinese()}）")
            .Append("\n类别：").Append(order.Category.ToChinese())
            .Append("\n地点：").Append(Place(order, withRoom: true))
            .Append("\n描述：").Append(order.Description);
        if (order.PhotoUrl is not null)
        {
            text.Append("\n照片：居民附了照片，可在工单详情中查看");
        }

        if (reporterName is not null)
        {
            text.Append("\n反映人：").Append(reporterName)
                .Append(reporterPhone is null ? "（未同意电话联系）" : $"，电话 {reporterPhone}（已同意电话联系）");
        }

        var due = order.Status == WorkOrderStatus.Accepted ? order.ResolveDueAt : order.AcceptDueAt;
        if (due is { } deadline)
        {
            text.Append(order.Status == WorkOrderStatus.Accepted ? "\n办结时限：" : "\n接单时限：").Append(Time(deadline, zone)).Append(" 前");
        }

        return text.ToString();
    }

    /// <summary>Buttons for what the assignee can do next.</summary>
    public static CardButton[] AssigneeButtons(WorkOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Status switch
        {
            WorkOrderStatus.Assigned => [new("接单", $"接单 {order.Number}"), new("退回", $"退回 {order.Number}")],
            WorkOrderStatus.Accepted => [new("办结", $"办结 {order.Number}"), new("转派", $"转派 {order.Number}")],
            _ => [],
        };
    }

    /// <summary>The rating buttons the reporter gets when the order is resolved.</summary>
    public static CardButton[] RatingButtons(WorkOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return
        [
            new("满意", $"满意 {order.Number}"),
            new("基本满意", $"基本满意 {order.Number}"),
            new("不满意", $"不满意 {order.Number}"),
        ];
    }

    /// <summary>Building (and, for private messages, room): 幸福家园3幢 2单元501.</summary>
    public static string Place(WorkOrder order, bool withRoom)
    {
        ArgumentNullException.ThrowIfNull(order);
        var building = order.Building is { } b ? $"{b.Compound?.Name}{b.Name}" : "（楼栋未知）";
        return withRoom && order.Room is { Length: > 0 } room ? $"{building} {room}" : building;
    }

    /// <summary>One line of a list: number, status, category, place, who handles it.</summary>
    public static string Line(WorkOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var who = order.Assignee is { } assignee ? $"，{assignee.Name}负责" : string.Empty;
        return $"{order.Number}［{order.Status.ToChinese()}］{order.Category.ToChinese()}｜{Place(order, withRoom: false)}{who}";
    }
}
