using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>What every console page test does: create an account with add-staff, sign in and set a password, take screenshots at both sizes.</summary>
internal static partial class ConsoleBrowser
{
    public static readonly (int Width, int Height)[] Sizes = [(1366, 768), (768, 1024)];

    public static readonly LocatorWaitForOptions Patient = new() { Timeout = 15_000 };

    /// <summary>Adds the account through the host's add-staff command, signs in with its one-time password and sets a new one.</summary>
    public static async Task<IPage> SignInAsync(BrowserFixture browser, string name, string role, params string[] extra)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var outcome = await browser.Host.RunCommandAsync(["add-staff", name, "--role", role, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.All);
        return await SignInWithAsync(browser, name, OneTimePassword().Match(outcome.Output).Groups[1].Value);
    }

    /// <summary>Signs in with a one-time password and sets a new one, as a new staff member does.</summary>
    public static async Task<IPage> SignInWithAsync(BrowserFixture browser, string name, string oneTime)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Sizes[0].Width, Height = Sizes[0].Height }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Host.Address, "/console/login").ToString());
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console/password$"));
        await page.GetByLabel("当前密码").FillAsync(oneTime);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync("xingfuli2026");
        await page.GetByLabel("再次输入新密码").FillAsync("xingfuli2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/console$"));
        return page;
    }

    /// <summary>Full-page screenshots at 1366×768 and 768×1024 in the artifacts folder, then back to the desktop size.</summary>
    public static async Task ScreenshotsAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"{name}-{width}x{height}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(Sizes[0].Width, Sizes[0].Height);
    }

    public static ILocator Nav(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("nav.sidenav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    }

    [GeneratedRegex("one-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
