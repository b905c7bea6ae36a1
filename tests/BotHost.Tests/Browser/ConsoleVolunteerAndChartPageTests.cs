using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>志愿活动 and the 三率 charts in headless Chromium, as a 社区管理员 and a 网格长 use them.</summary>
public sealed partial class ConsoleVolunteerAndChartPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Activities_AdminCreatesRedSundayAndPrintsACheckInCode_AndAGridLeaderSeesTheLeaderboard()
    {
        var admin = await SignInAsync("李书记", "社区管理员");
        await admin.GetByRole(AriaRole.Link, new() { Name = "志愿活动" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "新建活动" }).ClickAsync();
        await admin.GetByLabel("活动名称").FillAsync("紅色星期天·楼道清扫");
        await admin.GetByLabel("地点").FillAsync("幸福家园3幢楼下");
        await admin.Locator("#every").SelectOptionAsync("week");
        await admin.Locator("#weekday").SelectOptionAsync("0");
        await admin.Locator("#time").FillAsync("09:00");
        Assert.Equal("每周日 09:00", await admin.Locator("#repeat-words").TextContentAsync());
        await admin.GetByLabel("按楼栋").CheckAsync();
        await admin.GetByLabel("小区代码、党支部名称或楼栋").FillAsync("XF01-3");
        await admin.GetByLabel("名额").FillAsync("12");
        await ConsoleBroadcastPageTests.ScreenshotsAsync(admin, "console-activity-edit");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/console/activities/\\d+$"));
        Assert.Contains("每周日 09:00", await admin.Locator(".facts").TextContentAsync(), StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Link, new() { Name = "报名与签到" }).First.ClickAsync();
        var qr = admin.Locator("#check-in-qr");
        await qr.WaitForAsync();
        await admin.WaitForFunctionAsync("() => document.getElementById('check-in-qr').naturalWidth > 0");
        Assert.Equal(1, await admin.GetByRole(AriaRole.Button, new() { Name = "打印签到码" }).CountAsync());
        await ConsoleBroadcastPageTests.ScreenshotsAsync(admin, "console-activity-occurrence");

        var leader = await SignInAsync("王建华", "网格长", "--grid-member", "sim-gm01");
        await leader.GetByRole(AriaRole.Link, new() { Name = "志愿活动" }).ClickAsync();
        Assert.Equal("幸福家园网格", await leader.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(0, await leader.GetByRole(AriaRole.Link, new() { Name = "新建活动" }).CountAsync());
        await leader.Locator("#board-residents").WaitForAsync();
        await ConsoleBroadcastPageTests.ScreenshotsAsync(leader, "console-activities-grid-leader");
    }

    [Fact]
    public async Task Dashboard_DrawsTheVolumesAsCharts_FromTheVendoredECharts()
    {
        var page = await SignInAsync("赵科长", "只读");
        foreach (var id in new[] { "chart-category", "chart-grid", "chart-week" })
        {
            await page.Locator($"#{id} canvas").WaitForAsync();
        }

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.echarts === 'object'"));
        Assert.Equal(1, await page.Locator("#export-xlsx").CountAsync());
        await ConsoleBroadcastPageTests.ScreenshotsAsync(page, "console-dashboard-charts");
    }

    private Task<IPage> SignInAsync(string name, string role, params string[] extra) => SignInAsync(browser, name, role, extra);

    /// <summary>Creates the account with add-staff, signs in at 1366×768 and replaces the one-time password.</summary>
    internal static async Task<IPage> SignInAsync(BrowserFixture browser, string name, string role, params string[] extra)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var outcome = await browser.Host.RunCommandAsync(["add-staff", name, "--role", role, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.All);
        var oneTime = OneTimePassword().Match(outcome.Output).Groups[1].Value;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Host.Address, "/console/login").ToString());
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console/password$"));
        await page.GetByLabel("当前密码").FillAsync(oneTime);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync("xingfuli2026");
        await page.GetByLabel("再次输入新密码").FillAsync("xingfuli2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console$"));
        return page;
    }

    [GeneratedRegex("one-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
