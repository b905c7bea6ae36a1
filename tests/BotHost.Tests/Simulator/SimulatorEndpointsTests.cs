using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Simulator;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Simulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Simulator;

public class SimulatorEndpointsTests
{
    private const string Group = "sim-g-XF01-3";

    private static async Task<List<SimulatorMessageView>> WaitForAsync(HttpClient client, string path, Func<List<SimulatorMessageView>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var messages = (await client.GetFromJsonAsync<List<SimulatorMessageView>>(path, Json))!;
            if (done(messages) || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<string> FirstMemberAsync(HttpClient client)
    {
        using var members = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/simulator/api/groups/{Group}/members", UriKind.Relative)));
        return members.RootElement[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Groups_ListsEveryBuildingGroup()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var groups = JsonDocument.Parse(await client.GetStringAsync(new Uri("/simulator/api/groups", UriKind.Relative)));

        Assert.Equal(12, groups.RootElement.GetArrayLength());
        Assert.Equal("幸福家园1幢 业主群", groups.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task PostInGroup_GetsTheBotsReply_WhenTheBotIsMentioned()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var posted = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "@幸福里助手 帮助", null));
        var messages = await WaitForAsync(client, $"/simulator/api/groups/{Group}/messages?after=0", m => m.Any(x => x.FromBot));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("@幸福里助手 帮助", messages[0].Text);
        var reply = Assert.Single(messages, m => m.FromBot);
        Assert.Contains("我是幸福里助手", reply.Text, StringComparison.Ordinal);
        Assert.Equal(messages[0].SenderName, reply.MentionName);
    }

    [Fact]
    public async Task PostInGroup_StaysSilent_WhenNotAddressed()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "今天天气真好", null));
        await Task.Delay(1500);
        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages", Json);

        Assert.DoesNotContain(messages!, m => m.FromBot);
    }

    [Fact]
    public async Task PrivateChat_BindsANewNeighbour()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var created = await client.PostAsJsonAsync("/simulator/api/users", new { name = "新来的小周" });
        var user = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var path = $"/simulator/api/private/{user}/messages";

        await client.PostAsJsonAsync(path, new SimulatorPost(null, "绑定 幸福家园3幢2单元501", null));
        var asked = await WaitForAsync(client, path, m => m.Any(x => x.FromBot));
        await client.PostAsJsonAsync(path, new SimulatorPost(null, "是", null));
        var done = await WaitForAsync(client, path, m => m.Count(x => x.FromBot) == 2);

        Assert.Contains("确认把您绑定到 幸福家园3幢2单元501", asked.Single(m => m.FromBot).Text, StringComparison.Ordinal);
        Assert.Contains("绑定成功", done.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ReturnsOnlyMessagesAfterTheCursor()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);
        var first = await (await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "第一条", null)))
            .Content.ReadFromJsonAsync<SimulatorMessageView>(Json);
        await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "第二条", null));

        var after = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages?after={first!.Id}", Json);

        Assert.Equal(["第二条"], after!.Select(m => m.Text));
    }

    [Fact]
    public async Task Post_IgnoresEmptyMessages()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var response = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "   \n ", null));
        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages", Json);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(messages!);
    }

    [Fact]
    public async Task Post_RefusesTooLongMessages_WithTheReason()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var response = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, new string('长', 2001), null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 2000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    [Theory]
    [InlineData("data:image/png,iVBORw0KGgo")]
    [InlineData("data:image/png")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")]
    [InlineData("data:image/png;base64,!!!not-base64!!!")]
    [InlineData("https://example.invalid/a.png\njavascript:alert(1)")]
    [InlineData("https://example.invalid/a.png\r\nhttps://example.invalid/b.png")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("javascript:alert(1)")]
    public async Task Post_RefusesAMalformedImage_AndStoresNothing(string image)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var response = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "看图", [image]));
        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Image refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(messages!);
    }

    [Fact]
    public async Task Post_StoresImagesAsJson_AndStillReadsNewlineSeparatedRows()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var posted = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages",
            new SimulatorPost(userId, "两张图", [Png, "https://example.invalid/b.png"]));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            db.SimulatorMessages.Add(new SimulatorMessage
            {
                ConversationId = Group, IsGroup = true, SenderId = userId, SenderName = "老住户", Text = "旧图",
                Images = "https://example.invalid/old-1.png\nhttps://example.invalid/old-2.png", CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages", Json);
        string? column;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            column = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().SimulatorMessages
                .Where(m => m.Text == "两张图").Select(m => m.Images).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(new[] { Png, "https://example.invalid/b.png" }), column);
        Assert.Equal([Png, "https://example.invalid/b.png"], messages!.Single(m => m.Text == "两张图").Images);
        Assert.Equal(["https://example.invalid/old-1.png", "https://example.invalid/old-2.png"], messages!.Single(m => m.Text == "旧图").Images);
    }

    [Fact]
    public async Task Post_RemovesControlCharacters_BeforeStoringAndAnswering()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        using var posted = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages",
            new SimulatorPost(userId, "@幸福里助手 帮\u0000助\u001B\u202E\u2066\u0085", null));
        var messages = await WaitForAsync(client, $"/simulator/api/groups/{Group}/messages?after=0", m => m.Any(x => x.FromBot));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("@幸福里助手 帮助", messages[0].Text);
        Assert.Contains("我是幸福里助手", Assert.Single(messages, m => m.FromBot).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/simulator/api/groups/no-such-group/messages")]
    [InlineData("/simulator/api/private/no-such-user/messages")]
    [InlineData("/simulator/api/groups/no-such-group/members")]
    public async Task UnknownIds_Return404WithAMessage(string path)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No simulator", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsUnknownUser_Returns404()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost("ghost", "你好", null));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Markup_IsStoredAsText()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var userId = await FirstMemberAsync(client);

        await client.PostAsJsonAsync($"/simulator/api/groups/{Group}/messages", new SimulatorPost(userId, "<script>alert(1)</script>", null));
        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{Group}/messages", Json);

        Assert.Equal("<script>alert(1)</script>", messages!.Single().Text);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheSimulatorApi()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        Assert.Contains("/simulator/api/groups/{chatId}/messages", document, StringComparison.Ordinal);
        Assert.Contains("/simulator/api/conversations/{conversationId}/events", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostInGroup_Returns403WithTheReason_WhenTheSenderIsNotAMember()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var neighbour = await FirstMemberAsync(client);

        using var response = await client.PostAsJsonAsync("/simulator/api/groups/sim-g-XF01-4/messages", new SimulatorPost(neighbour, "你好", null));
        var messages = await client.GetFromJsonAsync<List<SimulatorMessageView>>("/simulator/api/groups/sim-g-XF01-4/messages", Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not a member", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(messages!);
    }

    [Theory]
    [InlineData("\u0000\u202e\u0007")]
    [InlineData(" \u200b\t ")]
    public async Task AddUser_Returns400_WhenNothingVisibleIsLeftOfTheName(string name)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/simulator/api/users", new { name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddUser_KeepsOnlyTheVisibleCharactersOfTheName()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/simulator/api/users", new { name = "\u202e小周\u0007  新来" });

        Assert.Equal("小周 新来", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Simulator_RefusesRemoteCallers_InEmbeddedMode()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = TestPeer.Client(factory.CreateClient(), peer: TestPeer.Remote);

        using var groups = await client.GetAsync(new Uri("/simulator/api/groups", UriKind.Relative));
        using var inbox = await client.GetAsync(new Uri("/simulator/api/grid-members/sim-gm02/orders", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, groups.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inbox.StatusCode);
    }

    [Fact]
    public async Task Simulator_IsNotServed_InProductionUnlessEnabled()
    {
        await using var factory = await BotHostFactory.ProductionAsync(("BuildingBot:DemoData", "true"));
        using var client = factory.CreateClient();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var groups = await client.GetAsync(new Uri("/simulator/api/groups", UriKind.Relative));
        using var users = await client.PostAsJsonAsync("/simulator/api/users", new { name = "冒名者" });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, groups.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, users.StatusCode);
    }

    [Fact]
    public async Task Simulator_AnswersOnlyHoldersOfTheAdminKey_WhenEnabledInProduction()
    {
        await using var factory = await BotHostFactory.ProductionAsync(
            ("BuildingBot:DemoData", "true"), ("Simulator:Enabled", "true"), ("Admin:ApiKey", "sim-key"));
        using var anonymous = TestPeer.Client(factory.CreateClient(), peer: TestPeer.Remote);
        using var staff = TestPeer.Client(factory.CreateClient(), peer: TestPeer.Remote, adminKey: "sim-key");

        using var refused = await anonymous.GetAsync(new Uri("/simulator/api/grid-members/sim-gm02/orders", UriKind.Relative));
        using var served = await staff.GetAsync(new Uri("/simulator/api/grid-members/sim-gm02/orders", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
