using Microsoft.Playwright;
using static BuildingBot.BotHost.Tests.Browser.ConsoleBrowser;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>账号管理 in headless Chromium: an admin adds a grid member's account, links its 企业微信 userid and disables it; the audit log keeps each step, never the password.</summary>
public sealed class ConsoleAccountsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Accounts_AdminAddsLinksAndDisablesAnAccount_AndTheNewMemberSignsInUntilDisabled()
    {
        var admin = await SignInAsync(browser, "周书记", "社区管理员");
        await Nav(admin, "账号管理").ClickAsync();
        var form = admin.Locator("#account-form");
        await form.GetByLabel("用户名").FillAsync("刘芳");
        await form.Locator("select[name=Role]").SelectOptionAsync("网格员");
        await form.Locator("select[name=GridMember]").SelectOptionAsync(new SelectOptionValue { Label = "刘芳" });
        await form.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        var oneTime = await admin.Locator("#one-time .password").TextContentAsync() ?? string.Empty;
        Assert.Matches("^\\S{8,}$", oneTime);
        var row = admin.Locator("#accounts tr[data-account='刘芳']");
        Assert.Equal("待改密码", await row.Locator(".status").TextContentAsync());
        await ScreenshotsAsync(admin, "console-accounts");

        var member = await SignInWithAsync(browser, "刘芳", oneTime);
        Assert.Equal("网格员", await member.Locator(".topbar .role").TextContentAsync());
        Assert.Equal(0, await Nav(member, "账号管理").CountAsync());
        await member.GotoAsync(new Uri(browser.Host.Address, "/console/accounts").ToString());
        Assert.DoesNotContain("/console/accounts", member.Url, StringComparison.Ordinal);

        await admin.ReloadAsync();
        await row.Locator("input[name=WeComUserId]").FillAsync("LiuFang");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存绑定" }).ClickAsync();
        Assert.Equal("LiuFang", await row.Locator(".wecom").TextContentAsync());
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        Assert.Equal("已停用", await row.Locator(".status").TextContentAsync());

        var again = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await again.GotoAsync(new Uri(browser.Host.Address, "/console/login").ToString());
        await again.GetByLabel("用户名").FillAsync("刘芳");
        await again.GetByLabel("密码").FillAsync("xingfuli2026");
        await again.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Contains("已被社区管理员停用", await again.Locator(".error").TextContentAsync(), StringComparison.Ordinal);

        await Nav(admin, "审计日志").ClickAsync();
        var audit = await admin.Locator("#audit").TextContentAsync() ?? string.Empty;
        Assert.Contains("新建工作台账号", audit, StringComparison.Ordinal);
        Assert.Contains("绑定企业微信", audit, StringComparison.Ordinal);
        Assert.Contains("停用工作台账号", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(oneTime, audit, StringComparison.Ordinal);
    }
}
