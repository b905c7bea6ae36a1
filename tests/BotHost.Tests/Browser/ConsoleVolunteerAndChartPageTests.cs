using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>志愿活动 and the 三率 charts in headless Chromium, as a 社区管理员 and a 网格长 use them.</summary>
public sealed class ConsoleVolunteerAndChartPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Activities_AdminCreatesRedSundayAndPrintsACheckInCode_AndAGridLeaderSeesTheLeaderboard()
    {
        var admin = await SignInAsync(browser, "李书记", "社区管理员");
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
        await ScreenshotsAsync(admin, "console-activity-edit");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/console/activities/\\d+$"));
        Assert.Contains("每周日 09:00", await admin.Locator(".facts").TextContentAsync(), StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Link, new() { Name = "报名与签到" }).First.ClickAsync();
        var qr = admin.Locator("#check-in-qr");
        await qr.WaitForAsync();
        await admin.WaitForFunctionAsync("() => document.getElementById('check-in-qr').naturalWidth > 0");
        Assert.Equal(1, await admin.GetByRole(AriaRole.Button, new() { Name = "打印签到码" }).CountAsync());
        await ScreenshotsAsync(admin, "console-activity-occurrence");

        var leader = await SignInAsync(browser, "王建华", "网格长", "--grid-member", "sim-gm01");
        await leader.GetByRole(AriaRole.Link, new() { Name = "志愿活动" }).ClickAsync();
        Assert.Equal("幸福家园网格", await leader.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(0, await leader.GetByRole(AriaRole.Link, new() { Name = "新建活动" }).CountAsync());
        await leader.Locator("#board-residents").WaitForAsync();
        await ScreenshotsAsync(leader, "console-activities-grid-leader");
    }

    [Fact]
    public async Task Dashboard_DrawsTheVolumesAsCharts_FromTheVendoredECharts()
    {
        var page = await SignInAsync(browser, "赵科长", "只读");
        foreach (var id in new[] { "chart-category", "chart-grid", "chart-week" })
        {
            await page.Locator($"#{id} canvas").WaitForAsync();
        }

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.echarts === 'object'"));
        Assert.Equal(1, await page.Locator("#export-xlsx").CountAsync());
        await ScreenshotsAsync(page, "console-dashboard-charts");
    }
}
