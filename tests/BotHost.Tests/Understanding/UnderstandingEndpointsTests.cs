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
    public async Task Understanding_ShowsTheClarifyingQuestion_ForAMessageItIsUnsureOf()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        string[] vague = ["楼下的车", "电梯的事", "孩子的事", "老人", "那个事怎么样", "我要找网格员", "物业那边", "楼道里"];

        JsonElement? asked = null;
        foreach (var text in vague)
        {
            var (_, body) = await AskAsync(client, new { text });
            var question = body.GetProperty("clarifyingQuestion");
            Assert.Equal(body.GetProperty("intent").GetString() == "None" && question.ValueKind != JsonValueKind.Null, question.ValueKind != JsonValueKind.Null);
            asked ??= question.ValueKind == JsonValueKind.Object ? question : null;
        }

        Assert.NotNull(asked);
        Assert.Equal("我想确认一下，您是想：", asked.Value.GetProperty("prompt").GetString());
        Assert.Equal("都不是", asked.Value.GetProperty("options").EnumerateArray().Last().GetString());
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
