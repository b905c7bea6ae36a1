using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Broadcasts;

/// <summary>Targets by policy topic, WeCom's byte limit, and retrying the failed deliveries of a broadcast (admin API).</summary>
public class BroadcastDeliveryTests
{
    private static readonly string[] Schooling = ["入学"];

    [Fact]
    public async Task Preview_ReachesOnlyTheGroupsFollowingATopic_WhenTargetsAreTopics()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var groupIds = await WithDbAsync(factory, db => db.BuildingGroups.OrderBy(g => g.Id).Select(g => g.Id).Take(2).ToListAsync());
        foreach (var id in groupIds)
        {
            using var set = await client.PutAsJsonAsync($"/admin/policy-subscriptions/{id}", new { topics = Schooling });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        // Every demo group follows 出行 and 社区事务; two now follow 入学 only, and none 养老.
        using var schooling = await PreviewAsync(client, new { text = "小学入学报名下周开始", targets = "Topics", codes = "Schooling" });
        using var elderly = await PreviewAsync(client, new { text = "养老补贴申领", targets = "Topics", codes = "养老" });
        using var unknown = await PreviewAsync(client, new { text = "x", targets = "Topics", codes = "Weather" });

        Assert.Equal(2, schooling.RootElement.GetProperty("groups").GetInt32());
        Assert.Equal(0, schooling.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Contains("no bound building group", elderly.RootElement.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("unknown topics: Weather", unknown.RootElement.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RefusesText_WhenItIsOverWeComsByteLimit()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        // 683 Chinese characters: under the 2,000-character column, over WeCom's 2,048 UTF-8 bytes (3 each).
        using var tooLong = await client.PostAsJsonAsync("/admin/broadcasts", new { text = new string('通', 683), targets = "Everyone" });
        using var fits = await PreviewAsync(client, new { text = new string('通', 682), targets = "Everyone" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2049 bytes in UTF-8", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, fits.RootElement.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task RetryFailed_QueuesTheFailedDeliveriesAgain_AndTheyGoOut()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        using var created = JsonDocument.Parse(await (await client.PostAsJsonAsync("/admin/broadcasts",
            new { text = "今晚八点停水", targets = "Buildings", codes = "XF01-3,XF01-4" })).Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();
        await WaitForAsync(client, id, ["sent", "sent"]);
        await WithDbAsync(factory, db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith($"broadcast:{id}:") && m.ConversationId == "sim-g-XF01-4")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, QueueState.DeadLettered).SetProperty(m => m.LastError, "WeCom 81013: not in the group")));
        await WaitForAsync(client, id, ["sent", "failed"]);

        using var retried = await client.PostAsync(new Uri($"/admin/broadcasts/{id}/retry-failed", UriKind.Relative), null);
        using var none = await client.PostAsync(new Uri($"/admin/broadcasts/{id}/retry-failed", UriKind.Relative), null);
        using var unknown = await client.PostAsync(new Uri("/admin/broadcasts/999/retry-failed", UriKind.Relative), null);

        Assert.Equal(1, JsonDocument.Parse(await retried.Content.ReadAsStringAsync()).RootElement.GetProperty("retried").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(await none.Content.ReadAsStringAsync()).RootElement.GetProperty("retried").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await WaitForAsync(client, id, ["sent", "sent"]);
    }

    private static async Task<JsonDocument> PreviewAsync(HttpClient client, object request) =>
        JsonDocument.Parse(await (await client.PostAsJsonAsync("/admin/broadcasts/preview", request)).Content.ReadAsStringAsync());

    /// <summary>Polls GET /admin/broadcasts/{id} until the deliveries have these statuses (in group order); fails after 10 s.</summary>
    private static async Task WaitForAsync(HttpClient client, int id, string[] expected)
    {
        var seen = string.Empty;
        for (var i = 0; i < 50; i++)
        {
            using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative)));
            var statuses = detail.RootElement.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToArray();
            if (statuses.SequenceEqual(expected))
            {
                return;
            }

            seen = string.Join(", ", statuses);
            await Task.Delay(200);
        }

        Assert.Fail($"expected deliveries [{string.Join(", ", expected)}], last seen [{seen}]");
    }

    private static async Task<T> WithDbAsync<T>(BotHostFactory factory, Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }
}
