using System.Text.RegularExpressions;
using BuildingBot.Community.Care;
using BuildingBot.Community.Categories;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Care;

/// <summary>The words of a visit: what the grid member wrote, and what the bot answers them (privately).</summary>
public static partial class VisitText
{
    /// <summary>转工单, 转成工单, 把刚才的走访转个工单: the last visit's note becomes an order (no room written).</summary>
    public static bool AsksForOrder(string text) => ToOrder().IsMatch(text) && RoomAddressParserHasNoRoom(text);

    /// <summary>The note: the message without its leading 走访.</summary>
    public static string Note(string text) => Leading().Replace(text ?? string.Empty, string.Empty).Trim();

    public static string Recorded(CareVisitOutcome outcome, string place)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Refusal switch
        {
            CareVisitRefusal.HouseholdNotFound => $"您的网格里没有找到{place}，请核对楼栋、单元和房号。",
            CareVisitRefusal.Ambiguous => $"{place}不止一个单元有，请带上单元号，例如“走访 3-2-501 …”。",
            CareVisitRefusal.NotAVisitor => "走访记录只给网格员使用。",
            _ when outcome.Plan is { } plan => $"已记录{place}的走访（{string.Join('、', plan.Tags)}），下次走访 {plan.DueOn:M月d日} 前。需要办的事发“转工单”。",
            _ => $"已记录{place}的走访（这户没有关爱标签，不在走访计划里）。需要办的事发“转工单”。",
        };
    }

    public static string Converted(CareVisitOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            { Refusal: CareVisitRefusal.NoRecentVisit } => "一小时内没有您的走访记录。请先发“走访 楼-单元-房号 情况”，再发“转工单”。",
            { Refusal: CareVisitRefusal.AlreadyAnOrder } => "刚才那次走访已经转过工单了，发“我的工单”可以查看。",
            { Order: { Succeeded: true, Order: { } order } } =>
                $"已把走访情况转为工单 {order.Number}（{order.Category.ToChinese()}）{(order.Assignee is { } a ? $"，已派给{a.Name}" : "，等待派单")}。",
            _ => "走访情况没能转为工单，请在工作台手动登记。",
        };
    }

    private static bool RoomAddressParserHasNoRoom(string text) => RoomAddressParser.Find(text) is not { Room: not null };

    [GeneratedRegex(@"转(?:成|为|个|一个|一下)?工单|转.{0,3}工单")]
    private static partial Regex ToOrder();

    [GeneratedRegex(@"^\s*(?:走访|入户走访|走访记录)[:：]?\s*")]
    private static partial Regex Leading();
}
