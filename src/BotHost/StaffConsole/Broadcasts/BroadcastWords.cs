using BuildingBot.BotHost.Broadcasts;
using BuildingBot.Community.Broadcasts;

namespace BuildingBot.BotHost.StaffConsole.Broadcasts;

/// <summary>Chinese for the console of what the broadcast services say in identifiers and English.</summary>
internal static class BroadcastWords
{
    public static string Status(BroadcastStatus status, bool recurring) => status switch
    {
        BroadcastStatus.Scheduled => recurring ? "定期发送中" : "待发送",
        BroadcastStatus.Sent => "已发送",
        BroadcastStatus.Missed => "已错过",
        _ => "已取消",
    };

    public static string Targets(BroadcastTargetKind kind) => kind switch
    {
        BroadcastTargetKind.Everyone => "全部楼栋群",
        BroadcastTargetKind.Compounds => "按小区",
        BroadcastTargetKind.Grids => "按网格",
        BroadcastTargetKind.Buildings => "按楼栋",
        _ => "关注话题的群",
    };

    public static string Delivery(string status) => status switch
    {
        BroadcastDeliveries.Sent => "已发送",
        BroadcastDeliveries.Failed => "失败",
        BroadcastDeliveries.Confirming => "待群主确认",
        BroadcastDeliveries.Retrying => "重试中",
        _ => "待发送",
    };

    /// <summary>The service's problems (English, for the API) in Chinese; anything unknown is shown as it is.</summary>
    public static string Problem(string problem) => problem switch
    {
        "text is required." => "请填写通知内容。",
        _ when problem.StartsWith("text is ", StringComparison.Ordinal) && problem.Contains("bytes", StringComparison.Ordinal) =>
            $"通知内容超过企业微信的 {Broadcast.MaxTextBytes} 字节上限，请删减。",
        _ when problem.StartsWith("text is ", StringComparison.Ordinal) => $"通知内容最多 {Broadcast.MaxTextLength} 个字。",
        _ when problem.StartsWith("sendAt", StringComparison.Ordinal) => "发送时间已经过去，请选择以后的时间。",
        _ when problem.StartsWith("cron", StringComparison.Ordinal) => "重复规则无效。",
        _ when problem.StartsWith("codes are required", StringComparison.Ordinal) => "请至少选择一个发送对象。",
        _ when problem.StartsWith("unknown", StringComparison.Ordinal) => "所选发送对象不存在：" + problem[(problem.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '.'),
        _ when problem.StartsWith("these targets", StringComparison.Ordinal) => "所选对象没有已绑定的楼栋群，发不出去。",
        _ when problem.StartsWith("imageUrl", StringComparison.Ordinal) => "图片地址必须是 http(s) 链接。",
        _ => problem,
    };
}
