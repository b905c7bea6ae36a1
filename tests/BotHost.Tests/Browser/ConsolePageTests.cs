using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>The staff console in headless Chromium: accounts made with add-staff sign in, change their one-time password and see the 三率 of their scope.</summary>
public sealed class ConsolePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Console_ShowsTheCommunityToAnAdmin_AndOnlyTheirGridToAGridLeader()
    {
        var adminPage = await SignInAsync(browser, "王主任", "社区管理员");
        await adminPage.Locator("#rate-ontime .figure").WaitForAsync();
        Assert.Equal("全社区", await adminPage.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(4, await adminPage.Locator("select[name=grid] option").CountAsync());
        Assert.Contains("口径", await adminPage.Locator("#rate-timely .definition").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("—", await adminPage.Locator("#rate-satisfied .figure").TextContentAsync());
        await ScreenshotsAsync(adminPage, "console-dashboard-admin");

        var leaderPage = await SignInAsync(browser, "王建华", "网格长", "--grid-member", "sim-gm01");
        await leaderPage.Locator("#rate-ontime .figure").WaitForAsync();
        Assert.Equal("幸福家园网格", await leaderPage.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(0, await leaderPage.Locator("select[name=grid]").CountAsync());
        Assert.Equal("网格长", await leaderPage.Locator(".topbar .role").TextContentAsync());
        await ScreenshotsAsync(leaderPage, "console-dashboard-grid-leader");

        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await leaderPage.WaitForURLAsync(new Regex("/console/login$"));
        await leaderPage.GotoAsync(new Uri(browser.Host.Address, "/console").ToString());
        await leaderPage.WaitForURLAsync(new Regex("/console/login"));
    }
}
