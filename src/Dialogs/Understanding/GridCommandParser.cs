using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Reads grid members' commands; order numbers may be the short number or the full WO-yyyyMMdd-NNNN. Besides the
/// taught verbs (接单, 转派, 办结, 退回) the everyday ones (完成, 结单, 退单, 转交) are commands when a number follows.
/// </summary>
internal static partial class GridCommandParser
{
    public static GridCommand? Parse(string text)
    {
        if (text.StartsWith("我的工单", StringComparison.Ordinal) || text is "工单" or "我的任务")
        {
            return new GridCommand(Intent.GridMyOrders, null, null, null);
        }

        var match = Command().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var verb = match.Groups["verb"].Value;
        var intent = verb switch
        {
            "接单" => Intent.GridAccept,
            "转派" or "转交" => Intent.GridTransfer,
            "办结" or "已办结" or "完成" or "结单" => Intent.GridResolve,
            _ => Intent.GridReturn,
        };
        var order = match.Groups["order"].Success ? match.Groups["order"].Value.ToUpperInvariant() : null;

        // 完成 3, 结单 WO-…, 退单 5, 转交 4 给 …: the other verbs grid members use are commands only with a number.
        if (order is null && verb is not ("接单" or "转派" or "办结" or "退回"))
        {
            return null;
        }

        var rest = match.Groups["rest"].Value.Trim();
        string? target = null;
        if (intent == Intent.GridTransfer && Transfer().Match(rest) is { Success: true } transfer)
        {
            target = transfer.Groups["name"].Value;
            rest = transfer.Groups["reason"].Value.Trim();
        }

        return new GridCommand(intent, order, target, rest.Length == 0 ? null : rest);
    }

    [GeneratedRegex(@"^(?<verb>接单|转派|转交|已办结|办结|完成|结单|退回|退单)\s*(?:(?<order>wo-[0-9]{8}-[0-9]{1,6}|[0-9]{1,6})(?![0-9]))?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Command();

    [GeneratedRegex(@"^(?:给|转给|至|到)?\s*(?<name>[^\s,，:：]{2,4})[\s,，:：]*(?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Transfer();
}
