using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>The simulator page in headless Chromium, phone-sized, as a community worker would use it.</summary>
public sealed class SimulatorPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task OpenGroupAsync(IPage page, string name)
    {
        await page.GetByText(name, new PageGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator("#speaker option").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    private static async Task SayAsync(IPage page, string text)
    {
        await page.Locator("#text").FillAsync(text);
        await page.Locator("#text").PressAsync("Enter");
    }

    [Fact]
    public async Task GroupChat_ShowsTheBotsReplyLive_AfterAResidentSpeaks()
    {
        var page = await browser.OpenPhonePageAsync();

        await OpenGroupAsync(page, "幸福家园3幢 业主群");
        await SayAsync(page, "@幸福里助手 帮助");

        var reply = page.Locator(".msg.bot .bubble").Filter(new LocatorFilterOptions { HasText = "我是幸福里助手" });
        await reply.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(1, await page.Locator(".msg.mine").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "group-chat.png"), FullPage = true });
    }

    [Fact]
    public async Task SecondTab_SeesTheMessageArrive_WithoutReloading()
    {
        var first = await browser.OpenPhonePageAsync();
        var second = await browser.OpenPhonePageAsync();
        await OpenGroupAsync(first, "幸福家园5幢 业主群");
        await OpenGroupAsync(second, "幸福家园5幢 业主群");

        await SayAsync(first, "楼下的快递柜今天修好了吗");

        await second.Locator(".msg .bubble").Filter(new LocatorFilterOptions { HasText = "楼下的快递柜今天修好了吗" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    [Fact]
    public async Task ScriptTyped_IsShownAsText_AndNeverRuns()
    {
        var page = await browser.OpenPhonePageAsync();
        const string attack = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";

        await OpenGroupAsync(page, "和平里1幢 业主群");
        await SayAsync(page, attack);

        var bubble = page.Locator(".msg.mine .bubble").Last;
        await bubble.WaitForAsync();
        Assert.Equal(attack, await bubble.TextContentAsync());
        Assert.Equal(0, await page.Locator(".messages img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
    }

    [Fact]
    public async Task TooLongMessage_IsRefusedWithAVisibleReason()
    {
        var page = await browser.OpenPhonePageAsync();
        await OpenGroupAsync(page, "和平里2幢 业主群");

        await SayAsync(page, new string('长', 2001));

        Assert.Contains("最多2000字", await page.Locator("#error").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".msg").CountAsync());
    }

    [Fact]
    public async Task GridMemberView_ShowsTheirChatAndInbox()
    {
        var page = await browser.OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "网格员" }).ClickAsync();
        await page.GetByText("王建华", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator("#chat-title").Filter(new LocatorFilterOptions { HasText = "网格长 王建华" }).WaitForAsync();
        await page.Locator("#inbox").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await SayAsync(page, "帮助");

        await page.Locator(".msg.bot").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("暂无派给您的工单", await page.Locator("#inbox").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GridInbox_ShowsTheRoutedOrder_AndItsAcceptButtonWorks()
    {
        var page = await browser.OpenPhonePageAsync();
        var bot = page.Locator(".msg.bot .bubble");
        await OpenGroupAsync(page, "和平里3幢 业主群");
        await page.Locator("#speaker").SelectOptionAsync("sim-r0245");

        await SayAsync(page, "@幸福里助手 3幢楼下垃圾桶满了没人清运，很急，别打电话");
        await bot.Filter(new LocatorFilterOptions { HasText = "照片" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await SayAsync(page, "@幸福里助手 跳过");
        await bot.Filter(new LocatorFilterOptions { HasText = "确认提交吗" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await SayAsync(page, "@幸福里助手 是");
        await bot.Filter(new LocatorFilterOptions { HasText = "已受理，工单号" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        await page.Locator("#back").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "网格员" }).ClickAsync();
        await page.GetByText("刘芳", new PageGetByTextOptions { Exact = true }).ClickAsync();
        var order = page.Locator("#inbox-list .order").Filter(new LocatorFilterOptions { HasText = "环境卫生" });
        await order.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("［已派单］", await order.TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("138", await order.TextContentAsync(), StringComparison.Ordinal);

        await order.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "接单" }).ClickAsync();

        await bot.Filter(new LocatorFilterOptions { HasText = "已接单" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.Locator("#inbox-list .order").Filter(new LocatorFilterOptions { HasText = "［处理中］" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    [Fact]
    public async Task PolicyTab_PublishesANewVersion_AndTheResidentWithATripHearsOfIt()
    {
        using var http = new HttpClient { BaseAddress = browser.Host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var chat = new WorkOrders.SimulatorChat(http);
        await chat.SayPrivatelyAsync("sim-r0067", "下周三去南京，出行要注意什么？");
        await chat.BotSaysAsync("sim-r0067", "要登记这次出行吗");
        await chat.SayPrivatelyAsync("sim-r0067", "是");
        await chat.BotSaysAsync("sim-r0067", "已登记出行");
        var page = await browser.OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "政策库" }).ClickAsync();
        await page.GetByText("南京市热门景区预约游览", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator("#policy-body").WaitForAsync();
        await page.Locator("#policy-body").FillAsync("热门景区改为提前3天预约，每人每天限约2个景区。");
        await page.Locator("#policy-from").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#policy-to").FillAsync("2020-01-01");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布新版本" }).ClickAsync();
        await page.Locator("#policy-status.failed").Filter(new LocatorFilterOptions { HasText = "is before effectiveFrom" }).WaitForAsync();
        await page.Locator("#policy-to").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布新版本" }).ClickAsync();

        await page.Locator("#policy-status").Filter(new LocatorFilterOptions { HasText = "已发布第2版" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(2, await page.Locator("#policy-versions li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "policy-editor.png"), FullPage = true });
        var push = await chat.BotSaysAsync("sim-r0067", "出行提醒：您登记了");
        Assert.Contains("每人每天限约2个景区", push.Text, StringComparison.Ordinal);
        await chat.BotSaysAsync("sim-g-XF01-3", "【政策提醒·出行】南京市《南京市热门景区预约游览》有更新（第2版）", group: true);
    }
}
