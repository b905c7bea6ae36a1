using System.Net;
using BuildingBot.BotHost.StaffConsole.Accounts;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>Signing in to the console: the demo admin, one-time passwords, lockout, sign-out, and the admin API with a cookie.</summary>
public sealed class ConsoleSignInTests
{
    private const string NewPassword = "xingfuli2026";

    [Fact]
    public async Task Console_LetsALocalCallerInAsDemoAdmin_WhenEmbeddedWithoutAccounts()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = ConsoleClient.For(factory);

        var page = await client.PageAsync("/console");

        Assert.Contains("演示模式", page, StringComparison.Ordinal);
        Assert.Contains("及时受理率", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_SendsARemoteCallerToSignIn_EvenWithoutAccounts()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = ConsoleClient.For(factory, TestPeer.Remote);

        using var response = await client.Http.GetAsync(new Uri("/console", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/console/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_EndsTheDemo_OnceAnAccountExists()
    {
        await using var factory = BotHostFactory.Embedded();
        await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory);

        using var response = await client.Http.GetAsync(new Uri("/console", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_AsksForANewPasswordFirst_WhenThePasswordIsOneTime()
    {
        await using var factory = BotHostFactory.Embedded();
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);

        using var signedIn = await client.SignInAsync("王主任", oneTime);
        using var dashboard = await client.Http.GetAsync(new Uri("/console", UriKind.Relative));
        Assert.Equal("/console/password", dashboard.Headers.Location?.OriginalString);

        using var changed = await client.PostFormAsync("/console/password",
            new Dictionary<string, string> { ["Current"] = oneTime, ["New"] = NewPassword, ["Repeat"] = NewPassword });
        var page = await client.PageAsync("/console");

        Assert.Equal("/console", changed.Headers.Location?.OriginalString);
        Assert.Contains("按期办结率", page, StringComparison.Ordinal);
        Assert.DoesNotContain("演示模式", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LocksTheAccount_AfterFiveWrongPasswords()
    {
        await using var factory = BotHostFactory.Embedded();
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SignInAsync("王主任", "wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await client.SignInAsync("王主任", oneTime);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_IsRefused_WithoutTheAntiForgeryToken()
    {
        await using var factory = BotHostFactory.Embedded();
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "王主任", ["Password"] = oneTime });

        using var response = await client.Http.PostAsync(new Uri("/console/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("buildingbot.console=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var factory = BotHostFactory.Embedded();
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync("王主任", oneTime, NewPassword);

        using var signedOut = await SignOutAsync(client);
        using var after = await client.Http.GetAsync(new Uri("/console", UriKind.Relative));

        Assert.Equal("/console/login", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Admin, HttpStatusCode.OK)]
    [InlineData(StaffRoles.ReadOnly, HttpStatusCode.Unauthorized)]
    [InlineData(StaffRoles.GridLeader, HttpStatusCode.Unauthorized)]
    public async Task AdminApi_TakesTheCookie_OnlyOfACommunityAdmin(string role, HttpStatusCode expected)
    {
        await using var factory = BotHostFactory.Embedded(("Admin:ApiKey", "console-test-key"));
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "某人", role, role == StaffRoles.GridLeader ? "sim-gm01" : null);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync("某人", oneTime, NewPassword);

        using var response = await client.Http.GetAsync(new Uri("/admin/work-orders", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignOutAsync(ConsoleClient client)
    {
        var page = await client.PageAsync("/console");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.Http.PostAsync(new Uri("/console/logout", UriKind.Relative), form);
    }
}
