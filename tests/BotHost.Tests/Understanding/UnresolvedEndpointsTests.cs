using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Understanding;

public sealed class UnresolvedEndpointsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    private string CorpusFile => _folder.File("staff/labelled-by-staff.tsv");

    public void Dispose() => _folder.Dispose();

    private BotHostFactory Factory() => BotHostFactory.Embedded(("Understanding:LabelledFile", CorpusFile));

    private static async Task SeedAsync(BotHostFactory factory, params (string Text, UnresolvedReason Reason)[] messages)
    {
        var i = 0;
        foreach (var (text, reason) in messages)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UnresolvedMessageStore>().RecordAsync(
                new UnresolvedNote($"simulator:{Guid.NewGuid():N}", text, "resident", "-", "None", 0.4, null, reason, Start.AddMinutes(i++)), default);
        }
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string> Texts(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()!).ToList();

    [Fact]
    public async Task List_ShowsRedactedMessagesNewestFirst_FilteredAndPaged()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await SeedAsync(factory, ("楼下那个车 13812345678", UnresolvedReason.LowConfidence), ("那个事", UnresolvedReason.Misunderstood), ("老人的事", UnresolvedReason.LowConfidence));

        var all = await GetJsonAsync(client, "/admin/understanding/unresolved");
        var low = await GetJsonAsync(client, "/admin/understanding/unresolved?reason=lowconfidence&pageSize=1&page=2");

        Assert.Equal(["老人的事", "那个事", "楼下那个车 [电话]"], Texts(all));
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(["楼下那个车 [电话]"], Texts(low));
        Assert.Equal(2, low.GetProperty("total").GetInt32());
        Assert.Equal("LowConfidence", low.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("?reason=Angry")]
    [InlineData("?labelled=maybe")]
    [InlineData("?pageSize=1000")]
    [InlineData("?page=0")]
    public async Task List_Returns400_ForABadQuery(string query)
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/admin/understanding/unresolved{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Label_AppendsTheMessageToTheCorpusFile_AndTheExportRoundTripsThroughTheCorpusReader()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await SeedAsync(factory, ("3幢2单元501楼下那个车一直堵着", UnresolvedReason.LowConfidence), ("不想说", UnresolvedReason.LowConfidence));
        var id = (await GetJsonAsync(client, "/admin/understanding/unresolved?labelled=false")).GetProperty("items")[1].GetProperty("id").GetInt64();

        using var labelled = await client.PostAsJsonAsync($"/admin/understanding/unresolved/{id}/label",
            new { intent = "ReportProblem", category = "NeighbourDispute", entities = new Dictionary<string, string> { ["room"] = "3-_-_" } });
        using var again = await client.PostAsJsonAsync($"/admin/understanding/unresolved/{id}/label", new { intent = "None" });
        var export = await client.GetStringAsync("/admin/understanding/unresolved.tsv");

        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var inFile = Assert.Single(LabelledCorpus.ReadPath(CorpusFile));
        Assert.Equal("3幢[房号]楼下那个车一直堵着", inFile.Text);
        Assert.Equal((Intent.ReportProblem, "NeighbourDispute", "3-_-_"), (inFile.Intent, inFile.Category, inFile.Entities["room"]));
        var exported = Assert.Single(LabelledCorpus.Read(new StringReader(export), "export"));
        Assert.Equal(inFile.ToLine(), exported.ToLine());
        var rest = await GetJsonAsync(client, "/admin/understanding/unresolved?labelled=false");
        Assert.Equal(["不想说"], Texts(rest));
        var done = (await GetJsonAsync(client, "/admin/understanding/unresolved?labelled=true")).GetProperty("items")[0].GetProperty("label");
        Assert.Equal("ReportProblem", done.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Label_AddsToAnExistingCorpusFile()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        Directory.CreateDirectory(Path.GetDirectoryName(CorpusFile)!);
        await File.WriteAllTextAsync(CorpusFile, "# earlier\n你好\tresident\t-\tSmallTalk\t-\t");
        await SeedAsync(factory, ("签个到吧", UnresolvedReason.Misunderstood));
        var id = (await GetJsonAsync(client, "/admin/understanding/unresolved")).GetProperty("items")[0].GetProperty("id").GetInt64();

        using var response = await client.PostAsJsonAsync($"/admin/understanding/unresolved/{id}/label", new { intent = "VolunteerCheckIn" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Intent.SmallTalk, Intent.VolunteerCheckIn], LabelledCorpus.ReadPath(CorpusFile).Select(m => m.Intent));
    }

    [Theory]
    [InlineData("{\"intent\":\"Complain\"}", HttpStatusCode.BadRequest, "intent must be one of")]
    [InlineData("{\"intent\":\"PolicyQuestion\",\"category\":\"Schooling\"}", HttpStatusCode.BadRequest, "category is only for ReportProblem")]
    [InlineData("{\"intent\":\"ReportProblem\",\"entities\":{\"room\":\"501\"}}", HttpStatusCode.BadRequest, "entity room='501'")]
    public async Task Label_RefusesLabelsOutsideTheCorpusDefinitions_AndWritesNothing(string body, HttpStatusCode status, string problem)
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await SeedAsync(factory, ("那个事", UnresolvedReason.LowConfidence));
        var id = (await GetJsonAsync(client, "/admin/understanding/unresolved")).GetProperty("items")[0].GetProperty("id").GetInt64();

        using var response = await client.PostAsync($"/admin/understanding/unresolved/{id}/label", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(CorpusFile));
    }

    [Fact]
    public async Task Label_Returns404_ForAnUnknownMessage()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/admin/understanding/unresolved/4711/label", new { intent = "None" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No unresolved message 4711", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
