using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>邻里互助 in headless Chromium: a reported offer waits on the page with its reason; a 社区管理员 restores it (audited).</summary>
public sealed class ConsoleHelpPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Help_AdminSeesTheCountsAndAReportedPost_AndRestoresIt()
    {
        using var http = new HttpClient { BaseAddress = browser.Host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var chat = new WorkOrders.SimulatorChat(http);
        await chat.SayPrivatelyAsync("sim-r0020", "我可以帮忙修电脑");
        await chat.BotSaysAsync("sim-r0020", "已发到小区的楼栋群：邻里互助 HZ1");
        await chat.SayPrivatelyAsync("sim-r0021", "举报 HZ1 像是广告");
        await chat.BotSaysAsync("sim-r0021", "HZ1 已暂时隐藏");

        var admin = await SignInAsync(browser, "赵主任", "社区管理员");
        await Nav(admin, "邻里互助").ClickAsync();
        var reported = admin.Locator("#help-reported tbody tr[data-post]");
        await reported.WaitForAsync(Patient);
        var cells = (await reported.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(["HZ1", "幸福家园", "提供帮助", "修电脑", "像是广告"], cells.Take(5));
        await ScreenshotsAsync(admin, "console-help");

        await reported.GetByRole(AriaRole.Button, new() { Name = "恢复" }).ClickAsync();
        await admin.Locator("#help-reported td.empty").WaitForAsync(Patient);
        Assert.Equal(["幸福家园", "1", "0", "0", "0"], (await admin.Locator("#help-counts tbody tr").First.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()));

        await Nav(admin, "审计日志").ClickAsync();
        await admin.GetByText("恢复被举报的互助信息").First.WaitForAsync(Patient);
    }
}
