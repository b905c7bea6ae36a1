using System.Globalization;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.People;

namespace BuildingBot.Community.Import;

/// <summary>The words staff write in roster cells, in Chinese or English, and what they mean.</summary>
internal static class RosterValues
{
    public const string Yes = "是, 否, yes, no, 1 or 0";
    public const string Channels = "wecom (企业微信) or simulator (模拟器)";
    public const string Roles = "网格员, 网格长, 楼栋长 or 调解员";
    public const string DeliveryModes = "robot_webhook (群机器人), customer_group (客户群群发), app_chat (应用群聊) or simulator";

    private static readonly char[] CodeSeparators = [';', ',', '，', '；', '、', ' '];

    public static bool? ParseBool(string text) => text.ToLowerInvariant() switch
    {
        "是" or "yes" or "y" or "true" or "1" or "党员" => true,
        "否" or "no" or "n" or "false" or "0" => false,
        _ => null,
    };

    public static ChatChannel? ParseChannel(string text) => text.ToLowerInvariant() switch
    {
        "wecom" or "企业微信" or "企微" or "微信" => ChatChannel.WeCom,
        "simulator" or "模拟器" => ChatChannel.Simulator,
        _ => null,
    };

    public static GridMemberRole? ParseRole(string text) => text.ToLowerInvariant() switch
    {
        "网格员" or "gridmember" or "grid_member" => GridMemberRole.GridMember,
        "网格长" or "gridleader" or "grid_leader" => GridMemberRole.GridLeader,
        "楼栋长" or "buildingcaptain" or "building_captain" => GridMemberRole.BuildingCaptain,
        "调解员" or "mediator" => GridMemberRole.Mediator,
        _ => null,
    };

    public static DeliveryMode? ParseDeliveryMode(string text) => text.ToLowerInvariant() switch
    {
        "robot_webhook" or "群机器人" or "webhook" => DeliveryMode.GroupRobotWebhook,
        "customer_group" or "客户群群发" or "客户群" => DeliveryMode.CustomerGroupMessage,
        "app_chat" or "应用群聊" or "appchat" => DeliveryMode.AppChat,
        "simulator" or "模拟器" => DeliveryMode.Simulator,
        _ => null,
    };

    public static int? ParseNumber(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    /// <summary>A floor area in m²: a positive number with at most two decimals, below 10,000.</summary>
    public static decimal? ParseArea(string text) =>
        decimal.TryParse(text.Replace("㎡", string.Empty, StringComparison.Ordinal).Replace("m²", string.Empty, StringComparison.Ordinal).Trim(),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area)
        && area > 0 && area < 10_000 && decimal.Round(area, 2) == area ? area : null;

    /// <summary>Building codes written as "1;2;3", "1、2、3" or ranges such as "1-6".</summary>
    public static IReadOnlyList<string>? ParseCodes(string text)
    {
        var codes = new List<string>();
        foreach (var token in text.Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                codes.Add(token);
                continue;
            }

            if (ParseNumber(token[..dash], 0, 9999) is not { } first || ParseNumber(token[(dash + 1)..], first, first + 200) is not { } last)
            {
                return null;
            }

            codes.AddRange(Enumerable.Range(first, last - first + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        }

        return codes.Count == 0 ? null : codes;
    }
}
