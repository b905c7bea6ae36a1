using System.Globalization;
using System.Text;
using BuildingBot.Community.Care;

namespace BuildingBot.Scheduling.Care;

/// <summary>The morning list as the grid member reads it (private chat only: it names rooms).</summary>
public static class VisitListText
{
    public static string Render(IReadOnlyList<DueVisit> list, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(list);
        var overdue = list.Count(v => v.IsOverdue(today));
        var text = new StringBuilder($"今日走访清单（{today:M月d日}）：共 {list.Count} 户，其中逾期 {overdue} 户。\n");
        var number = 0;
        foreach (var visit in list)
        {
            var state = visit.IsOverdue(today) ? $"逾期{today.DayNumber - visit.DueOn.DayNumber}天" : "今日到期";
            var last = visit.LastVisitedOn is { } day ? $"上次 {day:M月d日}" : "未走访过";
            text.Append(CultureInfo.InvariantCulture, $"{++number}. {visit.BuildingName}{visit.Unit}单元{visit.Room}｜{string.Join('、', visit.Tags)}｜{state}｜{last}\n");
        }

        return text.Append("走访后发“走访 楼-单元-房号 情况”记录，例如“走访 3-2-501 老人身体还好”；需要办的事接着发“转工单”。").ToString();
    }
}
