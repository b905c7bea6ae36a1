using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>
/// 群发通知 in headless Chromium, as a new user meets it: `dotnet run`, open /console (the demo admin), write a notice, send it
/// now to a building, watch it arrive in the simulator's group and the report say 已发送; then a 只读 account reads the report.
/// </summary>
public sealed class ConsoleBroadcastPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SendNow_ArrivesInTheSimulatorGroup_AndTheReportShowsSent()
    {
        const string text = "本周日上午九点紅色星期天，幸福家园广场集合，欢迎大家参加！";
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(browser.Host.Address, "/console").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "群发通知" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新建通知" }).ClickAsync();

        await page.Locator("#text").FillAsync(text);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#bytes").TextContentAsync());
        Assert.Equal(text, await page.Locator("#bubble").TextContentAsync());
        await page.GetByLabel("按楼栋").CheckAsync();
        await page.GetByLabel("幸福家园3幢", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("定期重复").CheckAsync();
        await page.Locator("#every").SelectOptionAsync("week");
        await page.Locator("#weekday").SelectOptionAsync("5");
        await page.Locator("#time").FillAsync("18:00");
        Assert.Equal("每周五 18:00", await page.Locator("#repeat-words").TextContentAsync());
        await page.GetByLabel("立即发送").CheckAsync();
        await ScreenshotsAsync(page, "console-broadcast-compose");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console/broadcasts/\\d+"));
        var report = page.Url;

        var simulator = await NewPageAsync();
        await simulator.GotoAsync(browser.Host.Address.ToString());
        await simulator.GetByText("幸福家园3幢 业主群", new() { Exact = true }).ClickAsync();
        await simulator.Locator(".msg.bot .bubble").Filter(new() { HasText = "紅色星期天" }).WaitForAsync(new() { Timeout = 15_000 });

        await WaitForSentAsync(page);
        Assert.Contains("已发送 1，待发送 0，失败 0", await page.Locator(".run h3").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotsAsync(page, "console-broadcast-report");

        var reader = await SignInAsync(browser, "街道办", "只读");
        await reader.GotoAsync(report);
        await reader.Locator("td.delivery-sent").WaitForAsync();
        Assert.Equal(0, await reader.GetByRole(AriaRole.Button, new() { Name = "立即发送" }).CountAsync());
        await reader.GotoAsync(new Uri(browser.Host.Address, "/console/broadcasts").ToString());
        Assert.Equal(0, await reader.GetByRole(AriaRole.Link, new() { Name = "新建通知" }).CountAsync());
        await ScreenshotsAsync(reader, "console-broadcast-list-readonly");
    }

    private static async Task WaitForSentAsync(IPage page)
    {
        for (var i = 0; i < 50 && await page.Locator("td.delivery-sent").CountAsync() == 0; i++)
        {
            await Task.Delay(300);
            await page.ReloadAsync();
        }

        await page.Locator("td.delivery-sent").WaitForAsync(new() { Timeout = 1_000 });
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Sizes[0].Width, Height = Sizes[0].Height }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        return await context.NewPageAsync();
    }
}
