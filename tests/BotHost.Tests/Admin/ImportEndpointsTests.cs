using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Admin;

public class ImportEndpointsTests
{
    private const string Buildings = """
        community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group
        新城社区,XC01,新城花园,8,8幢,2,新城花园党支部,8幢党小组
        """;

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");


    [Fact]
    public async Task Import_CreatesTheRows_WhenTheFileIsGood()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal("Buildings", body.RootElement.GetProperty("kind").GetString());
        Assert.True(body.RootElement.GetProperty("created").GetInt32() > 0);
    }

    [Fact]
    public async Task Import_Returns422WithEveryProblem_WhenRowsAreBad()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var csv = Buildings + "\n新城社区,XC01,新城花园,9,9幢,零,,\n新城社区,XC01,新城花园,,10幢,2,,\n";

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = body.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "units"), (4, "building_code")], problems);
        using var home = await client.GetAsync(new Uri("/status", UriKind.Relative));
        Assert.DoesNotContain("新城社区", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Returns422WithLineAndColumnAndWritesNothing_WhenAQuoteIsNeverClosed()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var buildings = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));
        var before = await ResidentCountAsync(factory);
        const string Residents = "compound_code,building_code,unit,room,name,phone\nXC01,8,1,101,\"张秀英,13800000001\nXC01,8,1,102,李建国,\n";

        using var response = await client.PostAsync(new Uri("/admin/import/residents", UriKind.Relative), Csv(Residents));

        Assert.Equal(HttpStatusCode.OK, buildings.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, "name"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Contains("row 2, column name: has a quote that is never closed", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ResidentCountAsync(factory));
    }

    private static async Task<int> ResidentCountAsync(BotHostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Residents.CountAsync();
    }

    [Fact]
    public async Task Import_ListsTheFirst200Problems_AndCountsThemAll()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var csv = Buildings + string.Concat(Enumerable.Range(100, 300).Select(i => $"\n新城社区,XC01,新城花园,{i},{i}幢,零,,"));

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = body.RootElement.GetProperty("problems");
        Assert.Equal(200, problems.GetArrayLength());
        Assert.Equal(3, problems[0].GetProperty("row").GetInt32());
        Assert.Equal(300, body.RootElement.GetProperty("problemCount").GetInt32());
        Assert.False(body.RootElement.GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task Import_Returns413_WhenAChunkedBodyIsLargerThan10Megabytes()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = GeneratedCsv.UnbufferedClient(factory);
        using var content = new StreamContent(new GeneratedCsv(Buildings, row => $"\n新城社区,XC01,新城花园,{row},{row}幢,零,,", 11 * 1024 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Returns400_WhenTheKindIsUnknown()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/admin/import/pets", UriKind.Relative), Csv(Buildings));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("buildings, residents, grids, gridmembers, groups", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RequiresTheApiKey_WhenOneIsConfigured()
    {
        await using var factory = BotHostFactory.Embedded(("Admin:ApiKey", "s3cret-key"));
        using var client = factory.CreateClient();

        using var without = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));
        client.DefaultRequestHeaders.Add("X-Admin-Key", "wrong");
        using var wrong = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));
        client.DefaultRequestHeaders.Remove("X-Admin-Key");
        client.DefaultRequestHeaders.Add("X-Admin-Key", "s3cret-key");
        using var right = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.DoesNotContain("s3cret-key", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Import_IsRefused_WhenProductionHasNoApiKey()
    {
        await using var factory = await BotHostFactory.ProductionAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/admin/import/buildings", UriKind.Relative), Csv(Buildings));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin:ApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
