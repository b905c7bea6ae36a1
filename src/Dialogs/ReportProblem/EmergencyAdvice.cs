using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>The emergency numbers, said before anything else when a report sounds dangerous.</summary>
public static class EmergencyAdvice
{
    public static string For(EmergencyKind kinds)
    {
        var lines = new List<string>();
        if (kinds.HasFlag(EmergencyKind.Fire))
        {
            lines.Add("着火请立即拨打 119，并尽快离开，不要乘电梯");
        }

        if (kinds.HasFlag(EmergencyKind.Gas))
        {
            lines.Add("燃气泄漏请立即拨打 119，关阀开窗，不要开关电器、不要点火");
        }

        if (kinds.HasFlag(EmergencyKind.Trapped))
        {
            lines.Add("有人被困请立即拨打 119（电梯困人也可按电梯内警铃）");
        }

        if (kinds.HasFlag(EmergencyKind.Injured))
        {
            lines.Add("有人受伤或晕倒请立即拨打 120");
        }

        if (kinds.HasFlag(EmergencyKind.Crime))
        {
            lines.Add("正在发生的治安事件请立即拨打 110");
        }

        return $"⚠️ 紧急情况请先报警求助：\n{string.Join('\n', lines)}\n我同时为您登记工单，马上通知网格员。";
    }
}
