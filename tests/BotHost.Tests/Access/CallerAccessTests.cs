using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BuildingBot.BotHost.Tests.Access;

/// <summary>Who counts as local, what a proxy may say, and what a foreign page may send (the admin API stands for every staff surface).</summary>
public class CallerAccessTests
{
    private const string Rules = "/admin/routing-rules";

    private static HttpRequestMessage Get(string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static StringContent Csv(string text = "community\n") => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task AdminApi_RefusesARequestWithoutRemoteAddress_InEmbeddedMode()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = TestPeer.Client(factory.CreateClient(), peer: "none");

        using var response = await client.GetAsync(new Uri(Rules, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("local requests only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminApi_RefusesTheClientsOfASameHostProxy_InEmbeddedMode()
    {
        await using var factory = BotHostFactory.Embedded(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        using var client = factory.CreateClient();

        using var forwarded = await client.SendAsync(Get(Rules, ("X-Forwarded-For", TestPeer.Remote)));
        using var unnamed = await client.SendAsync(Get(Rules));

        Assert.Equal(HttpStatusCode.Forbidden, forwarded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unnamed.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_IsIgnored_WhenThePeerIsNoConfiguredProxy()
    {
        await using var factory = BotHostFactory.Embedded(("ForwardedHeaders:KnownProxies:0", "192.0.2.10"));
        using var client = TestPeer.Client(factory.CreateClient(), peer: TestPeer.Remote);

        using var response = await client.SendAsync(Get(Rules, ("X-Forwarded-For", "127.0.0.1")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_AnswersLoopback_WhenNoProxyIsConfigured()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(Rules, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_RequiresTheAdminKey_InProduction_EvenFromLoopback()
    {
        await using var factory = await BotHostFactory.ProductionAsync(("Admin:ApiKey", "dash-key"));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var anonymous = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var staff = await client.SendAsync(Get("/hangfire", ("X-Admin-Key", "dash-key")));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task Dashboard_RefusesAPostWithoutItsAntiforgeryToken()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", "housekeeping:daily")]);

        using var response = await client.PostAsync(new Uri("/hangfire/recurring/trigger", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Import_RefusesBodiesAForeignPageCouldSend(string type)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), new StringContent("community\n", Encoding.UTF8, type));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_RefusesAMultipartForm()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes("community\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "buildings.csv");

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task StateChange_IsRefused_WhenItComesFromAnotherSite(string header, string value)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/import/buildings", UriKind.Relative)) { Content = Csv() };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateChange_IsAccepted_FromTheSiteItself()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/import/buildings", UriKind.Relative)) { Content = Csv() };
        request.Headers.TryAddWithoutValidation("Origin", "http://localhost");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Theory]
    [InlineData("rebind.example", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task HostName_IsPinnedToLoopbackNames_InEmbeddedMode(string host, HttpStatusCode expected)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Get("/healthz", ("Host", host)));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task HostName_FollowsAllowedHosts_WhenConfigured()
    {
        await using var factory = BotHostFactory.Embedded(("AllowedHosts", "bot.example"));
        using var client = factory.CreateClient();

        using var named = await client.SendAsync(Get("/healthz", ("Host", "bot.example")));
        using var other = await client.SendAsync(Get("/healthz", ("Host", "rebind.example")));

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task StaffPages_AreRefusedToAnonymousCallers_InProduction()
    {
        string[] paths = ["/swagger/v1/swagger.json", "/swagger/index.html", "/status"];
        await using var factory = await BotHostFactory.ProductionAsync(("Admin:ApiKey", "pages-key"));
        using var client = TestPeer.Client(factory.CreateClient(), peer: TestPeer.Remote);

        var anonymous = new List<HttpStatusCode>();
        var staff = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            using var refused = await client.GetAsync(new Uri(path, UriKind.Relative));
            using var served = await client.SendAsync(Get(path, ("X-Admin-Key", "pages-key")));
            anonymous.Add(refused.StatusCode);
            staff.Add(served.StatusCode);
        }

        Assert.All(anonymous, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(staff, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
