using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>小区议事 in headless Chromium, as a 社区管理员 walks a matter from entry to the owners' vote and its filing record.</summary>
public sealed partial class ConsoleMatterPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Matters_AdminEntersAMatter_RecordsEveryStage_OpensTheVote_AndSeesTheCountsAndFilingRecord()
    {
        var admin = await SignInAsync(browser, "刘书记", "社区管理员");
        await Nav(admin, "小区议事").ClickAsync();
        await admin.GetByLabel("小区").SelectOptionAsync(new SelectOptionValue { Label = "和平里（XF02）" });
        await admin.GetByLabel("类别").SelectOptionAsync("Major");
        await admin.GetByLabel("内容").FillAsync("使用专项维修资金更换2幢电梯");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记议题" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/console/matters/XF02-YT\\d{3}$"));

        foreach (var (stage, minutes) in new[] { ("提议", "支部委员会研究"), ("商议", "联席会议：物业报价三家"), ("审议", "党员大会审议通过") })
        {
            await admin.GetByLabel("会议纪要").FillAsync(minutes);
            await admin.GetByRole(AriaRole.Button, new() { Name = "记录" + stage }).ClickAsync();
            await admin.Locator("#stages tbody tr", new() { HasText = minutes }).WaitForAsync(Patient);
        }

        Assert.Equal(4, await admin.Locator("#stages tbody tr").CountAsync());
        await admin.GetByLabel("表决截止").FillAsync("2030-06-30T20:00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "发起业主表决" }).ClickAsync();
        await admin.Locator("#tally").WaitForAsync(Patient);
        Assert.Equal("表决中", await admin.Locator("#status").TextContentAsync());
        Assert.Contains("参与表决 0 户", await admin.Locator("#tally").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotsAsync(admin, "console-matter-voting");

        await admin.GetByRole(AriaRole.Link, new() { Name = "备案表" }).ClickAsync();
        await admin.Locator("#filing-stages").WaitForAsync(Patient);
        Assert.Equal(4, await admin.Locator("#filing-stages tbody tr").CountAsync());
        Assert.Contains("重大事项", await admin.Locator("#filing-facts").TextContentAsync(), StringComparison.Ordinal);
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("#xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await ScreenshotsAsync(admin, "console-matter-filing");
    }
}
