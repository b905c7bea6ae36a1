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
}
