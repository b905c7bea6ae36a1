using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>The staff console in headless Chromium: accounts made with add-staff sign in, change their one-time password and see the 三率 of their scope.</summary>
public sealed partial class ConsolePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly (int Width, int Height)[] Sizes = [(1366, 768), (768, 1024)];

    [Fact]
    public async Task Console_ShowsTheCommunityToAnAdmin_AndOnlyTheirGridToAGridLeader()
    {
        var admin = await AddStaffAsync("王主任", "社区管理员");
        var leader = await AddStaffAsync("王建华", "网格长", "--grid-member", "sim-gm01");

        var adminPage = await SignInAsync("王主任", admin);
        Assert.Equal("全社区", await adminPage.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(4, await adminPage.Locator("select[name=grid] option").CountAsync());
        Assert.Contains("口径", await adminPage.Locator("#rate-timely .definition").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("—", await adminPage.Locator("#rate-satisfied .figure").TextContentAsync());
        await ScreenshotsAsync(adminPage, "console-dashboard-admin");

        var leaderPage = await SignInAsync("王建华", leader);
        Assert.Equal("幸福家园网格", await leaderPage.Locator("h1 .scope").TextContentAsync());
        Assert.Equal(0, await leaderPage.Locator("select[name=grid]").CountAsync());
        Assert.Equal("网格长", await leaderPage.Locator(".topbar .role").TextContentAsync());
        await ScreenshotsAsync(leaderPage, "console-dashboard-grid-leader");

        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await leaderPage.WaitForURLAsync(new Regex("/console/login$"));
    }

    private async Task<string> AddStaffAsync(string name, string role, params string[] extra)
    {
        var outcome = await browser.Host.RunCommandAsync(["add-staff", name, "--role", role, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.All);
        return OneTimePassword().Match(outcome.Output).Groups[1].Value;
    }

    /// <summary>Signs in on the sign-in page, chooses a new password as asked, and lands on the dashboard.</summary>
    private async Task<IPage> SignInAsync(string name, string oneTime)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Sizes[0].Width, Height = Sizes[0].Height }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Host.Address, "/console").ToString());
        await page.WaitForURLAsync(new Regex("/console/login"));
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console/password$"));
        await page.GetByLabel("当前密码").FillAsync(oneTime);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync("xingfuli2026");
        await page.GetByLabel("再次输入新密码").FillAsync("xingfuli2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console$"));
        await page.Locator("#rate-ontime .figure").WaitForAsync();
        return page;
    }

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"{name}-{width}x{height}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(Sizes[0].Width, Sizes[0].Height);
    }

    [GeneratedRegex("one-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
