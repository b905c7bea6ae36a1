using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Spots emergencies and urgency signals in a report.</summary>
internal static class UrgencyDetector
{
    private static readonly (EmergencyKind Kind, string[] Phrases)[] Emergencies =
    [
        (EmergencyKind.Fire, ["着火", "失火", "火灾", "起火", "冒烟", "烧起来", "冒黑烟"]),
        (EmergencyKind.Gas, ["煤气泄漏", "燃气泄漏", "煤气味", "燃气味", "天然气泄漏", "天然气味", "漏气"]),
        (EmergencyKind.Trapped, ["被困", "困在", "关在电梯", "卡在电梯", "出不来"]),
        (EmergencyKind.Injured, ["受伤", "流血", "晕倒", "昏迷", "摔倒了", "摔伤", "触电", "不省人事", "救命", "喘不上气"]),
        (EmergencyKind.Crime, ["有人打架", "正在偷", "入室盗窃", "持刀", "抢劫"]),
    ];

    private static readonly string[] UrgentSignals =
        ["急", "紧急", "赶紧", "马上", "尽快", "老人", "老人家", "孩子", "漏水", "淹", "停水", "停电", "下不了楼", "行动不便", "危险", "隐患", "一直"];

    public static (Urgency Urgency, EmergencyKind Emergencies, IReadOnlyList<string> Signals) Detect(string text)
    {
        var kinds = EmergencyKind.None;
        var signals = new List<string>();
        foreach (var (kind, phrases) in Emergencies)
        {
            foreach (var phrase in phrases.Where(p => text.Contains(p, StringComparison.Ordinal)))
            {
                kinds |= kind;
                signals.Add(phrase);
            }
        }

        signals.AddRange(UrgentSignals.Where(s => text.Contains(s, StringComparison.Ordinal)));
        var urgency = kinds != EmergencyKind.None ? Urgency.Emergency : signals.Count > 0 ? Urgency.Urgent : Urgency.Normal;
        return (urgency, kinds, signals.Distinct().ToList());
    }
}
