using System.Globalization;
using BuildingBot.Community.Policies;

namespace BuildingBot.BotHost.StaffConsole.Policies;

/// <summary>Chinese for the console of what the policy book says in English (its problems), and of a version's window.</summary>
internal static class PolicyWords
{
    public static string Problem(string problem) => problem switch
    {
        _ when problem.StartsWith("regionCode", StringComparison.Ordinal) => "地区代码无效（GB/T 2260，全国为 00）。",
        _ when problem.StartsWith("title", StringComparison.Ordinal) => "请填写标题（最多 100 字）。",
        "body must not be empty." => "请填写正文。",
        _ when problem.StartsWith("body is", StringComparison.Ordinal) => $"正文太长：最多 {PolicyVersion.MaxBodyLength} 字。",
        _ when problem.StartsWith("effectiveFrom", StringComparison.Ordinal) => "请填写生效日期。",
        _ when problem.StartsWith("effectiveTo", StringComparison.Ordinal) => "失效日期早于生效日期。",
        _ when problem.StartsWith("sourceIssuer", StringComparison.Ordinal) => "请填写发布机关。",
        _ when problem.StartsWith("sourceUrl", StringComparison.Ordinal) => "原文链接必须是 http:// 或 https:// 开头的网址。",
        _ when problem.StartsWith("No active policy", StringComparison.Ordinal) => "这条政策已停用或不存在，不能再修改。",
        _ => problem,
    };

    /// <summary>"2026-12-01 起" or "2026-12-01 至 2027-03-31".</summary>
    public static string Window(DateOnly from, DateOnly? to) =>
        to is { } end ? $"{Day(from)} 至 {Day(end)}" : $"{Day(from)} 起";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
