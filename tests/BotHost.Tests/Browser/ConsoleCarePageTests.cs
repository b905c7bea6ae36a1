using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>大脚板走访 in headless Chromium: a 社区管理员 tags a household and changes an interval; a 网格长 sees their grid only.</summary>
public sealed class ConsoleCarePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Care_AdminTagsAHouseholdAndSeesItsGridsCoverage_AndAnotherGridsLeaderDoesNot()
    {
        var admin = await ConsoleBrowser.SignInAsync(browser, "李书记", "社区管理员");
        await ConsoleBrowser.Nav(admin, "大脚板走访").ClickAsync();
        var add = admin.Locator("#care-add");
        await add.GetByLabel("楼栋").SelectOptionAsync(new SelectOptionValue { Label = "幸福家园1幢" });
        await add.GetByLabel("房号").FillAsync("101");
        await add.GetByLabel("关爱标签").FillAsync("独居老人、低保");
        await add.GetByRole(AriaRole.Button, new() { Name = "设置标签" }).ClickAsync();

        var row = admin.Locator("#care-households tbody tr").First;
        await row.WaitForAsync(ConsoleBrowser.Patient);
        Assert.Equal("幸福家园1幢1单元101", (await row.Locator("td").First.TextContentAsync())!.Trim());
        Assert.Equal("7天", (await row.Locator("td").Nth(2).TextContentAsync())!.Trim());
        Assert.Equal("低保、独居老人", await row.GetByLabel("关爱标签").InputValueAsync());
        var first = admin.Locator("#care-coverage tbody tr").First;
        Assert.Equal(["幸福家园网格", "1", "0", "1", "0", "0.0%"], (await first.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()));

        var interval = admin.Locator("#care-tags tr[data-tag='独居老人']");
        await interval.GetByLabel("独居老人走访间隔").FillAsync("5");
        await interval.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await admin.Locator("#care-households tbody tr td:nth-child(3)", new() { HasText = "5天" }).WaitForAsync(ConsoleBrowser.Patient);
        await ConsoleBrowser.ScreenshotsAsync(admin, "console-care");

        await ConsoleBrowser.Nav(admin, "审计日志").ClickAsync();
        await admin.GetByText("设置关爱标签").First.WaitForAsync(ConsoleBrowser.Patient);
        await admin.GetByText("修改走访间隔").First.WaitForAsync(ConsoleBrowser.Patient);

        var leader = await ConsoleBrowser.SignInAsync(browser, "张志强", "网格长", "--grid-member", "sim-gm03");
        await ConsoleBrowser.Nav(leader, "大脚板走访").ClickAsync();
        Assert.Equal(["和平里第一网格"], (await leader.Locator("#care-coverage tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("还没有带关爱标签的户", (await leader.Locator("#care-households tbody td.empty").TextContentAsync())!.Trim());
        Assert.Equal(0, await leader.Locator("#care-tags form").CountAsync());
    }
}
