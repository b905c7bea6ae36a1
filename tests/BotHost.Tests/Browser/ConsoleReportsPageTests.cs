using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>报表导出 in headless Chromium: a 社区管理员 downloads the 三率 as CSV and opens the monthly report, which prints without navigation.</summary>
public sealed class ConsoleReportsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reports_AdminDownloadsTheRatesAsCsv_AndPrintsTheMonthlyReportWithoutNavigation()
    {
        var page = await ConsoleBrowser.SignInAsync(browser, "钱主任", "社区管理员");
        await page.GetByRole(AriaRole.Link, new() { Name = "报表导出" }).ClickAsync();
        await page.Locator("#rates-by-grid").WaitForAsync();
        Assert.Equal("全社区", await page.Locator("h1 .scope").TextContentAsync());
        await ConsoleBrowser.ScreenshotsAsync(page, "console-reports");

        await page.GetByLabel("格式").SelectOptionAsync("csv");
        await page.GetByLabel("三率 CSV 分组").SelectOptionAsync("member");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-rates").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("网格员,及时受理率(%)", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        await page.Locator("#monthly-link").ClickAsync();
        await page.Locator("#section-rates").WaitForAsync();
        await ConsoleBrowser.ScreenshotsAsync(page, "console-reports-monthly");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("nav.sidenav").IsVisibleAsync());
        Assert.False(await page.Locator("#print-report").IsVisibleAsync());
        Assert.True(await page.Locator("#monthly-timely .definition").IsVisibleAsync());
        Assert.Equal("page", await page.Locator("#section-attendance").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
    }
}
