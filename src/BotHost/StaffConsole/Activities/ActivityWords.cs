using BuildingBot.Community.Volunteering;

namespace BuildingBot.BotHost.StaffConsole.Activities;

/// <summary>Chinese for the console of what the volunteering services say in identifiers and English.</summary>
internal static class ActivityWords
{
    public static string Targets(ActivityTargetKind kind) => kind switch
    {
        ActivityTargetKind.Compounds => "按小区",
        ActivityTargetKind.PartyBranches => "按党支部",
        _ => "按楼栋",
    };

    public static string SignUp(SignUpStatus status) => status switch
    {
        SignUpStatus.Confirmed => "已报名",
        SignUpStatus.Waiting => "候补",
        _ => "已取消",
    };

    /// <summary>The service's problems (English, for the API) in Chinese; anything unknown is shown as it is.</summary>
    public static string Problem(string problem) => problem switch
    {
        _ when problem.StartsWith("title", StringComparison.Ordinal) => "请填写活动名称（最多 50 字）。",
        _ when problem.StartsWith("place", StringComparison.Ordinal) => "请填写活动地点（最多 100 字）。",
        _ when problem.StartsWith("cron", StringComparison.Ordinal) => "请选择有效的重复规则和时间。",
        _ when problem.StartsWith("skipDates", StringComparison.Ordinal) => "暂停日期须写成 2027-01-01 这样的日期，用逗号分隔。",
        _ when problem.StartsWith("durationHours", StringComparison.Ordinal) => "时长须大于 0 且不超过 24 小时。",
        _ when problem.StartsWith("announceDaysBefore", StringComparison.Ordinal) => "提前通知天数须为 0–30，每小时积分须为 0–1000。",
        _ when problem.StartsWith("capacity must", StringComparison.Ordinal) => "名额至少为 1。",
        _ when problem.StartsWith("capacity", StringComparison.Ordinal) => "名额不能少于即将举行的一次活动已确认报名的人数。",
        _ when problem.StartsWith("unknown", StringComparison.Ordinal) => "所选对象不存在：" + problem[(problem.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '.'),
        _ when problem.StartsWith("codes", StringComparison.Ordinal) => "请至少填写一个小区、党支部或楼栋（如 XF01-3）。",
        _ => problem,
    };
}
