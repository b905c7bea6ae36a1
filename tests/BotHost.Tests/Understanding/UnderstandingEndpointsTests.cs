using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.Understanding;

public class UnderstandingEndpointsTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/admin/understanding", request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    [Fact]
    public async Task Understanding_ShowsIntentCategoryAndEntities_OfAReport()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var (status, body) = await AskAsync(client, new { text = "3幢电梯又坏了，我妈下不了楼，电话13812345678", role = "resident" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ReportProblem", body.GetProperty("intent").GetString());
        Assert.True(body.GetProperty("confidence").GetDouble() >= 0.5);
        Assert.Equal("RepairsProperty", body.GetProperty("category").GetString());
        Assert.Equal("3-_-_", body.GetProperty("entities").GetProperty("room").GetString());
        Assert.Equal("138****5678", body.GetProperty("entities").GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("clarifyingQuestion").ValueKind);
        Assert.Matches("^[0-9a-f]{12}$", body.GetProperty("modelVersion").GetString()!);
    }

    [Fact]
    public async Task Understanding_ReadsAGridMembersReplyToACard_AsAcceptingIt()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var (_, body) = await AskAsync(client, new { text = "收到，明早过去看看", role = "grid", context = "card" });

        Assert.Equal("GridAccept", body.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Understanding_ShowsTheClarifyingQuestion_WhenUnsure()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var (_, body) = await AskAsync(client, new { text = "楼下的车" });

        Assert.Equal("None", body.GetProperty("intent").GetString());
        var question = body.GetProperty("clarifyingQuestion");
        Assert.Equal("我想确认一下，您是想：", question.GetProperty("prompt").GetString());
        Assert.Contains("报事求助（请网格员处理）", question.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
    }

    [Theory]
    [InlineData("", "resident", "-")]
    [InlineData("你好", "admin", "-")]
    [InlineData("你好", "resident", "yesterday")]
    public async Task Understanding_Returns400_ForABadRequest(string text, string role, string context)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var (status, _) = await AskAsync(client, new { text, role, context });

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
