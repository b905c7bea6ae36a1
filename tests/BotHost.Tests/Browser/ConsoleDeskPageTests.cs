using System.Text.RegularExpressions;
using BuildingBot.BotHost.Tests.WorkOrders;
using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>
/// The 村情图, 工单台 and 审计日志 in headless Chromium: an admin follows a reported order from its building's tile to its
/// page, reveals a phone and transfers the order; the audit log shows both; the grid member of the grid reads the order only.
/// </summary>
public sealed partial class ConsoleDeskPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Desk_TakesAnAdminFromTheMapToTheOrder_AndAGridMemberOnlyReadsIt()
    {
        var number = await ReportThroughTheGroupAsync();
        var admin = await SignInAsync(browser, "王主任", "社区管理员");

        await Nav(admin, "村情图").ClickAsync();
        var tile = admin.Locator("a.tile").Filter(new() { HasText = "3幢" }).Filter(new() { HasText = "和平里第一网格" });
        Assert.Equal("1", await tile.Locator(".open-orders").TextContentAsync());
        await ScreenshotsAsync(admin, "console-map-admin");
        await tile.ClickAsync();
        // The building's page, once its address is committed: the load event can lag far behind on a busy machine.
        await admin.WaitForURLAsync(new Regex("/console/map/\\d+$"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await admin.Locator("#building-residents button").First.ClickAsync();
        await admin.Locator("#building-residents .revealed").WaitForAsync(Patient);
        Assert.Matches("^1[3-9]\\d{9}$", await admin.Locator("#building-residents .revealed").TextContentAsync() ?? string.Empty);
        await ScreenshotsAsync(admin, "console-building-admin");

        await admin.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await admin.Locator("#assign-form select").SelectOptionAsync(new SelectOptionValue { Label = "张志强（和平里第一网格）" });
        await admin.Locator("#assign-form input[name=Reason]").FillAsync("网格长亲自跟进");
        await admin.Locator("#assign-form button").ClickAsync();
        await admin.Locator(".notice").WaitForAsync(Patient);
        Assert.Equal("张志强", await admin.Locator("#order-assignee").TextContentAsync());
        Assert.Contains("网格长亲自跟进", await admin.Locator("#timeline").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotsAsync(admin, "console-order-admin");

        await Nav(admin, "工单台").ClickAsync();
        await admin.Locator("#orders").GetByText(number).WaitForAsync(Patient);
        await ScreenshotsAsync(admin, "console-orders-admin");
        await Nav(admin, "审计日志").ClickAsync();
        var audit = await admin.Locator("#audit").TextContentAsync() ?? string.Empty;
        Assert.Contains("查看居民电话", audit, StringComparison.Ordinal);
        Assert.Contains("王主任（社区管理员）", audit, StringComparison.Ordinal);
        Assert.DoesNotMatch("1[3-9]\\d{9}", audit);
        await ScreenshotsAsync(admin, "console-audit-admin");

        var member = await SignInAsync(browser, "刘芳", "网格员", "--grid-member", "sim-gm04");
        await Nav(member, "工单台").ClickAsync();
        await member.Locator("#orders").GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await member.Locator("#timeline").WaitForAsync(Patient);
        Assert.Equal(0, await member.Locator("#assign-form").CountAsync());
        Assert.Equal(0, await Nav(member, "审计日志").CountAsync());
        await ScreenshotsAsync(member, "console-order-grid-member");
    }

    /// <summary>A resident of 和平里3幢 reports overflowing bins in the group, as in the simulator; returns the order's number.</summary>
    private async Task<string> ReportThroughTheGroupAsync()
    {
        using var http = new HttpClient { BaseAddress = browser.Host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var chat = new SimulatorChat(http);
        await chat.SayInGroupAsync("sim-g-XF02-3", "sim-r0245", "@幸福里助手 3幢楼下垃圾桶满了没人清运，很急，别打电话");
        await chat.BotSaysAsync("sim-g-XF02-3", "照片", group: true);
        await chat.SayInGroupAsync("sim-g-XF02-3", "sim-r0245", "@幸福里助手 跳过");
        await chat.BotSaysAsync("sim-g-XF02-3", "确认提交吗", group: true);
        await chat.SayInGroupAsync("sim-g-XF02-3", "sim-r0245", "@幸福里助手 是");
        var accepted = await chat.BotSaysAsync("sim-g-XF02-3", "已受理，工单号", group: true);
        return OrderNumber().Match(accepted.Text).Value;
    }

    [GeneratedRegex("WO-\\d{8}-\\d{4}")]
    private static partial Regex OrderNumber();
}
