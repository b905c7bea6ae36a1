using System.Net;
using System.Web;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.Tests.WeCom;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>企业微信登录 against the fake WeCom: the redirect with its state, a mapped member signs in, anyone else is refused.</summary>
public sealed class ConsoleWeComSignInTests : IAsyncLifetime
{
    private const string CorpId = "wwtestcorp0016";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private FakeWeCom _weCom = null!;

    public async Task InitializeAsync() => _weCom = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _weCom.DisposeAsync();

    private BotHostFactory Host() => BotHostFactory.Embedded(
        ("WeCom:CorpId", CorpId), ("WeCom:ApiBaseUrl", _weCom.Address.ToString()), ("WeCom:App:AgentId", "1000002"),
        ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", "AppTok3n"), ("WeCom:App:EncodingAesKey", AesKey));

    [Fact]
    public async Task LoginPage_OffersWeCom_OnlyWhenTheAppIsConfigured()
    {
        await using var configured = Host();
        await using var plain = BotHostFactory.Embedded();
        using var withWeCom = ConsoleClient.For(configured, TestPeer.Remote);
        using var without = ConsoleClient.For(plain, TestPeer.Remote);

        Assert.Contains("企业微信登录", await withWeCom.PageAsync("/console/login"), StringComparison.Ordinal);
        Assert.DoesNotContain("企业微信登录", await without.PageAsync("/console/login"), StringComparison.Ordinal);
        using var absent = await without.Http.GetAsync(new Uri("/console/login/wecom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Fact]
    public async Task Start_RedirectsToQrLoginInABrowser_AndToOAuth2InsideTheWeComClient()
    {
        await using var factory = Host();
        using var browser = ConsoleClient.For(factory, TestPeer.Remote);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) wxwork/4.1.22 MicroMessenger/7.0.1");

        var qr = (await StartAsync(browser)).Location;
        var oauth = (await StartAsync(client)).Location;

        Assert.StartsWith("https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&", qr.AbsoluteUri, StringComparison.Ordinal);
        var qrQuery = HttpUtility.ParseQueryString(qr.Query);
        Assert.Equal((CorpId, "1000002"), (qrQuery["appid"], qrQuery["agentid"]));
        Assert.EndsWith("/console/login/wecom", qrQuery["redirect_uri"], StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", qrQuery["state"]);
        Assert.StartsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=" + CorpId, oauth.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("#wechat_redirect", oauth.Fragment);
        var oauthQuery = HttpUtility.ParseQueryString(oauth.Query);
        Assert.Equal(("code", "snsapi_base", "1000002"), (oauthQuery["response_type"], oauthQuery["scope"], oauthQuery["agentid"]));
    }

    [Fact]
    public async Task Callback_SignsInTheMappedAccount_WhenWeComVouchesForItsUserId()
    {
        await using var factory = Host();
        await AddWeComStaffAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01", "WangJianHua");
        _weCom.SignInCodes["code-1"] = "WangJianHua";
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        var (_, state) = await StartAsync(client);

        using var callback = await client.Http.GetAsync(new Uri($"/console/login/wecom?code=code-1&state={state}", UriKind.Relative));
        var page = await client.PageAsync("/console");

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=/console\">", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("幸福家园网格", page, StringComparison.Ordinal);
        Assert.Contains("王建华", page, StringComparison.Ordinal);
        Assert.Single(_weCom.Calls, c => c.Path == "auth/getuserinfo");
    }

    [Theory]
    [InlineData("code-2", "没有对应的工作台账号")]
    [InlineData("outsider", "没有对应的工作台账号")]
    [InlineData("used-or-expired", "登录码无效或已过期")]
    public async Task Callback_RefusesInChinese_WhenTheUserIsUnknownOrTheCodeInvalid(string code, string message)
    {
        await using var factory = Host();
        await AddWeComStaffAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01", "WangJianHua");
        _weCom.SignInCodes["code-2"] = "ZhaoStranger";
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        var (_, state) = await StartAsync(client);

        using var callback = await client.Http.GetAsync(new Uri($"/console/login/wecom?code={code}&state={state}", UriKind.Relative));
        using var console = await client.Http.GetAsync(new Uri("/console", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, callback.StatusCode);
        Assert.Contains(message, await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Callback_RefusesAStateThisBrowserDidNotStart_WithoutAskingWeCom(bool otherBrowser)
    {
        await using var factory = Host();
        await AddWeComStaffAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01", "WangJianHua");
        _weCom.SignInCodes["code-3"] = "WangJianHua";
        using var attacker = ConsoleClient.For(factory, TestPeer.Remote);
        using var victim = ConsoleClient.For(factory, TestPeer.Remote);
        var (_, attackerState) = await StartAsync(attacker);
        await StartAsync(victim);

        var state = otherBrowser ? attackerState : "0123456789abcdef0123456789abcdef";
        using var callback = await victim.Http.GetAsync(new Uri($"/console/login/wecom?code=code-3&state={state}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, callback.StatusCode);
        Assert.Contains("登录请求已失效", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_weCom.Calls, c => c.Path == "auth/getuserinfo");
    }

    [Fact]
    public async Task AddStaff_RefusesAWeComUserIdThatAnotherAccountHas()
    {
        await using var factory = Host();
        await AddWeComStaffAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01", "WangJianHua");

        await using var scope = factory.Services.CreateAsyncScope();
        var (password, problems) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync("冒名者", StaffRoles.Admin, null, "WangJianHua", default);

        Assert.Null(password);
        Assert.Contains(problems, p => p.Contains("already signs in as '王建华'", StringComparison.Ordinal));
    }

    private static async Task<(Uri Location, string State)> StartAsync(ConsoleClient client)
    {
        using var start = await client.Http.GetAsync(new Uri("/console/login/wecom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var location = start.Headers.Location!;
        return (location, HttpUtility.ParseQueryString(location.Query)["state"]!);
    }

    private static async Task AddWeComStaffAsync(BotHostFactory factory, string name, string role, string? gridMember, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (password, problems) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(name, role, gridMember, userId, default);
        Assert.Null(password);
        Assert.Empty(problems);
    }
}
