using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.Policies;

public class PolicyEndpointsTests
{
    private const string Header = "region_code,topic,title,body,effective_from,effective_to,source_issuer,source_url\n";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task CreateEditAndRead_KeepsEveryVersion()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var created = await client.PostAsJsonAsync("/admin/policies", new
        {
            regionCode = "3301", topic = "Travel", title = "杭州出行须知", body = "进站请提前30分钟。", effectiveFrom = "2026-12-01",
            sourceIssuer = "杭州市交通运输局", sourceUrl = "https://example.invalid/hz",
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        using var edited = await client.PutAsJsonAsync($"/admin/policies/{id}", new
        {
            topic = "Travel", title = "杭州出行须知（修订）", body = "进站请提前45分钟。", effectiveFrom = "2026-12-15", sourceIssuer = "杭州市交通运输局",
        });
        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/policies/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(["杭州出行须知", "杭州出行须知（修订）"],
            detail.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Create_TakesAChineseTopic_AndNamesTheTopicsForAnUnknownOne()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var chinese = await client.PostAsJsonAsync("/admin/policies", new
        {
            regionCode = "330106", topic = "社区事务", title = "西湖区大件垃圾清运", body = "每周二清运。", effectiveFrom = "2026-12-01", sourceIssuer = "西湖区城管局",
        });
        using var unknown = await client.PostAsJsonAsync("/admin/policies", new
        {
            regionCode = "330106", topic = "旅游", title = "西湖区旅游", body = "正文。", effectiveFrom = "2026-12-01", sourceIssuer = "西湖区文旅局",
        });
        var id = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/policies/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Created, chinese.StatusCode);
        Assert.Equal("CommunityAffairs", detail.RootElement.GetProperty("topic").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("topic must be one of 出行、医保", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TakesCsvWithChineseTopics_AndRefusesAFileWithOneBadRowWhole()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var bad = await client.PostAsync(new Uri("/admin/policies/import", UriKind.Relative), Csv(Header +
            "33,出行,浙江出行提示,出行前查看天气。,2026-12-01,,浙江省交通运输厅,\n" +
            "99,入学,未知地区,正文,2026-12-01,2026-11-01,某机关,\n"));
        using var good = await client.PostAsync(new Uri("/admin/policies/import", UriKind.Relative), Csv(Header +
            "33,出行,浙江出行提示,出行前查看天气。,2026-12-01,,浙江省交通运输厅,\n" +
            "3301,入学,杭州入学材料,户口簿、房产证明。,2026-03-01,2026-08-31,杭州市教育局,https://example.invalid/edu\n"));
        using var json = await client.PostAsJsonAsync("/admin/policies/import", new[]
        {
            new { regionCode = "00", topic = "MedicalInsurance", title = "异地就医备案", body = "可在国家医保服务平台备案。", effectiveFrom = "2026-01-01", sourceIssuer = "国家医疗保障局" },
        });
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policies", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync();
        Assert.Contains("row 3, column region_code: regionCode '99' is not a known GB/T 2260 code", problems, StringComparison.Ordinal);
        Assert.Contains("row 3, column effective_to: effectiveTo 2026-11-01 is before effectiveFrom 2026-12-01", problems, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var imported = list.RootElement.EnumerateArray().Where(p => !p.GetProperty("isExample").GetBoolean()).ToList();
        Assert.Equal(3, imported.Count);
        Assert.Equal("Schooling", imported[1].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Import_Returns422WithLineAndColumn_WhenACsvHasAStrayQuote()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var before = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policies", UriKind.Relative)));

        using var response = await client.PostAsync(new Uri("/admin/policies/import", UriKind.Relative), Csv(Header +
            "33,出行,浙江出行提示,出行前查看天气。,2026-12-01,,浙江省交通运输厅,\n" +
            "33,出行,浙江高速提示,节假日\"免费\"通行。,2026-12-01,,浙江省交通运输厅,\n"));
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policies", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, "body"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Contains("stray quote", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.RootElement.GetArrayLength(), after.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Import_Returns422ListingEveryBadRow_WhenThreeRowsAreBad()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/admin/policies/import", UriKind.Relative), Csv(Header +
            "33,旅游,浙江旅游提示,正文。,2026-12-01,,浙江省文旅厅,\n" +
            "99,出行,未知地区提示,正文。,2026-12-01,,某机关,\n" +
            "3301,入学,杭州入学材料,正文。,2026-12-01,,,\n" +
            "3301,入学,杭州入学须知,正文。,2026-12-01,,杭州市教育局,\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([(2, "topic"), (3, "region_code"), (4, "source_issuer")], body.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())));
        Assert.Equal(3, body.RootElement.GetProperty("problemCount").GetInt32());
    }

    [Fact]
    public async Task Import_Returns413_WhenAChunkedBodyIsLargerThan2Megabytes()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = GeneratedCsv.UnbufferedClient(factory);
        using var content = new StreamContent(new GeneratedCsv(
            "region_code,topic,title,body,effective_from,source_issuer", row => $"\n3301,出行,标题{row},正文,2026-12-01,发布机关", 3 * 1024 * 1024));
        content.Headers.ContentType = new("text/csv");

        using var response = await client.PostAsync(new Uri("/admin/policies/import", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 2 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
