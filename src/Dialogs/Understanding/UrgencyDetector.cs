using System.Text.RegularExpressions;
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

    // The same dangers as people describe them happening (烟从窗户往外冒, 头上都是血, 摔在卫生间里起不来, 有人在撬门).
    private static readonly (EmergencyKind Kind, Regex Pattern)[] Happening =
    [
        (EmergencyKind.Fire, Pattern("著火|烟[^，。,.]{0,8}冒|冒[^，。,.]{0,2}烟|烧焦|焦味|冒火|火星|火花|烧干|烟雾报警")),
        (EmergencyKind.Gas, Pattern("臭鸡蛋|(?:煤气|燃气|天然气)[^。.]{0,16}(?:味|嘶嘶|漏)|嘶嘶响")),
        (EmergencyKind.Trapped, Pattern("困人|关着|关在[^，。,.]{0,8}里|反锁在|电梯[^。.]{0,12}(?:卡|停)[^。.]{0,16}里面(?:有|关|是)")),
        (EmergencyKind.Injured, Pattern(
            "(?:摔|跌|滑|踩空)[^，。,.]{0,10}(?:起不来|站不起来|动不了|走不了|断|破|血|肿|疼|痛)|(?:摔|跌)(?:了一跤|下来|在|倒|低)|从[^，。,.]{1,8}(?:摔|掉|跌)下来" +
            "|(?:出|流|都是|好多|满)[^，。,.]{0,3}血|血止不住|止不住血|(?:晕|昏)(?:过去|低)|叫不醒|叫了不答应|叫佢唔应|抽搐|站不稳" +
            "|(?:胳膊|腿|手臂|手指|骨头)[^，。,.]{0,4}断|骨折|烫伤|割破|切到手|被门夹|被(?:狗|猫|蛇)[^，。,.]{0,2}咬|磕破|扭(?:了|到)脚|起唔到身")),
        (EmergencyKind.Crime, Pattern("在撬|有人撬|正在撬|砸[^，。,.]{0,4}门|抢了|拿着(?:刀|棍)|拿刀|打起来|拧门把手|挨家挨户推门|剪[^，。,.]{0,6}锁")),
    ];

    private static readonly string[] UrgentSignals =
        ["急", "紧急", "赶紧", "马上", "尽快", "老人", "老人家", "孩子", "漏水", "淹", "停水", "停电", "下不了楼", "行动不便", "危险", "隐患", "一直"];

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

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

        foreach (var (kind, pattern) in Happening)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                kinds |= kind;
                signals.Add(match.Value);
            }
        }

        signals.AddRange(UrgentSignals.Where(s => text.Contains(s, StringComparison.Ordinal)));
        var urgency = kinds != EmergencyKind.None ? Urgency.Emergency : signals.Count > 0 ? Urgency.Urgent : Urgency.Normal;
        return (urgency, kinds, signals.Distinct().ToList());
    }
}
