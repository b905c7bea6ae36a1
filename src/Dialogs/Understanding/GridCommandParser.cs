using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Reads grid members' commands; order numbers may be the short number or the full WO-yyyyMMdd-NNNN.</summary>
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

        var intent = match.Groups["verb"].Value switch
        {
            "接单" => Intent.GridAccept,
            "转派" => Intent.GridTransfer,
            "办结" => Intent.GridResolve,
            _ => Intent.GridReturn,
        };
        var order = match.Groups["order"].Success ? match.Groups["order"].Value.ToUpperInvariant() : null;
        var rest = match.Groups["rest"].Value.Trim();
        string? target = null;
        if (intent == Intent.GridTransfer && Transfer().Match(rest) is { Success: true } transfer)
        {
            target = transfer.Groups["name"].Value;
            rest = transfer.Groups["reason"].Value.Trim();
        }

        return new GridCommand(intent, order, target, rest.Length == 0 ? null : rest);
    }

    [GeneratedRegex(@"^(?<verb>接单|转派|办结|退回)\s*(?:(?<order>wo-[0-9]{8}-[0-9]{1,6}|[0-9]{1,6})(?![0-9]))?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Command();

    [GeneratedRegex(@"^(?:给|转给|至|到)?\s*(?<name>[^\s,，:：]{2,4})[\s,，:：]*(?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Transfer();
}
