using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.Policies;

public class TopicSubscriptionEndpointsTests
{
    [Fact]
    public async Task Put_SetsTheTopicsAGroupFollows_InChineseOrEnglish()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policy-subscriptions", UriKind.Relative)));
        var first = list.RootElement[0];
        var id = first.GetProperty("groupId").GetInt32();

        using var put = await client.PutAsJsonAsync($"/admin/policy-subscriptions/{id}", new { topics = (string[])["入学", "Travel"] });
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/policy-subscriptions/{id}", UriKind.Relative)));

        Assert.Equal(["出行", "社区事务"], first.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["出行", "入学"], after.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Put_RefusesUnknownTopicsAndGroups_AndChangesNothing()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policy-subscriptions", UriKind.Relative)));
        var id = list.RootElement[0].GetProperty("groupId").GetInt32();

        using var badTopic = await client.PutAsJsonAsync($"/admin/policy-subscriptions/{id}", new { topics = (string[])["出行", "旅游"] });
        using var missing = await client.PutAsJsonAsync($"/admin/policy-subscriptions/{id}", new { });
        using var broken = await client.PutAsync(new Uri($"/admin/policy-subscriptions/{id}", UriKind.Relative),
            new StringContent("{\"topics\": [出行", System.Text.Encoding.UTF8, "application/json"));
        using var noGroup = await client.PutAsJsonAsync("/admin/policy-subscriptions/9999", new { topics = (string[])["出行"] });
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/policy-subscriptions/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, badTopic.StatusCode);
        Assert.Contains("'旅游' is not a topic", await badTopic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("The request body could not be read", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noGroup.StatusCode);
        Assert.Equal(["出行", "社区事务"], after.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Endpoints_NeedTheAdminKey_WhenOneIsSet()
    {
        await using var factory = BotHostFactory.Embedded(("Admin:ApiKey", "s3cret-admin-key"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/admin/policy-subscriptions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
