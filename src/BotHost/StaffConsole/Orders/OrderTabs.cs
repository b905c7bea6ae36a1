namespace BuildingBot.BotHost.StaffConsole.Orders;

/// <summary>The desk's tabs, in the order shown; a 网格员 also gets their own orders (我的).</summary>
public static class OrderTabs
{
    public const string Open = "open";
    public const string Mine = "mine";
    public const string Unassigned = "unassigned";
    public const string Overdue = "overdue";
    public const string Escalated = "escalated";
    public const string Reopened = "reopened";
    public const string AwaitingRating = "rating";
    public const string All = "all";

    private static readonly (string Tab, string Label)[] Common =
    [
        (Open, "全部在办"), (Unassigned, "待派单"), (Overdue, "已超时"), (Escalated, "已升级"), (Reopened, "重新打开"), (AwaitingRating, "待评价"), (All, "全部工单"),
    ];

    internal static IReadOnlyList<(string Tab, string Label)> For(ConsoleScope scope) =>
        scope.MemberId is null ? Common : [(Mine, "我的工单"), .. Common];

    internal static string Known(ConsoleScope scope, string? tab) => For(scope).Any(t => t.Tab == tab) ? tab! : Open;
}
