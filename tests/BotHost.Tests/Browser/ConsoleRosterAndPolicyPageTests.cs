using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>
/// 花名册 and 政策库 in headless Chromium, as a 社区管理员 uses them: a residents file with a bad row is checked and its
/// problem shown (nothing imported), the corrected file imported; a policy edited, its audience previewed, then published.
/// </summary>
public sealed class ConsoleRosterAndPolicyPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Residents = "compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id\n";

    [Fact]
    public async Task Rosters_ShowsTheBadRowsProblem_ThenImportsTheCorrectedFile()
    {
        var admin = await SignInAsync(browser, "周主任", "社区管理员");
        await Nav(admin, "花名册").ClickAsync();
        await admin.Locator("#roster-kind").SelectOptionAsync("residents");
        await admin.Locator("#roster-file").SetInputFilesAsync(File("XF01,1,1,1101,钱多多,1380000,否,,\n"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await admin.Locator("#roster-problems").WaitForAsync(Patient);
        var problems = await admin.Locator("#roster-problems").TextContentAsync() ?? string.Empty;
        Assert.Contains("第 2 行", problems, StringComparison.Ordinal);
        Assert.Contains("电话（phone）", problems, StringComparison.Ordinal);
        Assert.Contains("不是手机号（11 位）或固定电话", problems, StringComparison.Ordinal);
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = "导入" }).CountAsync());
        await ScreenshotsAsync(admin, "console-rosters-problem");

        await admin.Locator("#roster-kind").SelectOptionAsync("residents");
        await admin.Locator("#roster-file").SetInputFilesAsync(File("XF01,1,1,1101,钱多多,13800009999,否,,\n"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await admin.Locator("#roster-checked").WaitForAsync(Patient);
        await admin.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await admin.Locator("#roster-imported").WaitForAsync(Patient);
        Assert.Contains("已导入住户与居民", await admin.Locator("#roster-imported").TextContentAsync(), StringComparison.Ordinal);
        await admin.Locator("#group-bindings").WaitForAsync();
        await ScreenshotsAsync(admin, "console-rosters-imported");
    }

    [Fact]
    public async Task Policies_AdminPreviewsWhoWouldBeTold_ThenPublishesANewVersion()
    {
        var admin = await SignInAsync(browser, "孙书记", "社区管理员");
        await Nav(admin, "政策库").ClickAsync();
        await admin.GetByLabel("搜索").FillAsync("错峰限行");
        await admin.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "杭州市区小客车错峰限行" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/console/policies/\\d+$"));
        await ScreenshotsAsync(admin, "console-policy");

        await admin.GetByLabel("标题").FillAsync("杭州市区小客车错峰限行（2027年版）");
        await admin.GetByRole(AriaRole.Button, new() { Name = "预览通知范围" }).ClickAsync();
        await admin.Locator("#policy-audience").WaitForAsync(Patient);
        Assert.NotEqual("0", await admin.Locator("#policy-audience .groups").TextContentAsync());
        await ScreenshotsAsync(admin, "console-policy-preview");
        await admin.Locator("#publish").ClickAsync();
        await admin.WaitForURLAsync(new Regex("done=published$"));
        Assert.Contains("第2版《杭州市区小客车错峰限行（2027年版）》", await admin.Locator("#policy-versions").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotsAsync(admin, "console-policy-published");
    }

    private static FilePayload File(string row) =>
        new() { Name = "residents.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Residents + row) };
}
