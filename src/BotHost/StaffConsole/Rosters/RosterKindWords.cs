using BuildingBot.Community.Groups;
using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>The five roster files in the order they are imported, with their Chinese names and file names (buildings.csv …).</summary>
internal static class RosterKindWords
{
    public static IReadOnlyList<RosterKind> InOrder { get; } =
        [RosterKind.Buildings, RosterKind.Residents, RosterKind.Grids, RosterKind.GridMembers, RosterKind.Groups];

    public static string Chinese(RosterKind kind) => kind switch
    {
        RosterKind.Buildings => "小区与楼栋",
        RosterKind.Residents => "住户与居民",
        RosterKind.Grids => "网格",
        RosterKind.GridMembers => "网格员",
        RosterKind.Groups => "楼栋群",
        _ => kind.ToString(),
    };

    public static string Mode(DeliveryMode mode) => mode switch
    {
        DeliveryMode.GroupRobotWebhook => "群机器人",
        DeliveryMode.CustomerGroupMessage => "客户群群发",
        DeliveryMode.AppChat => "应用群聊",
        _ => "模拟器",
    };

    /// <summary>The lower-case name the admin API and the sample files use: buildings, gridmembers ….</summary>
    public static string FileName(RosterKind kind) => kind.ToString().ToLowerInvariant();
}
