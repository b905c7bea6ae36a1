using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WorkOrders;

namespace BuildingBot.BotHost.Tests.Broadcasts;

public class BroadcastEndpointsTests
{
    [Fact]
    public async Task Create_Now_ReachesTheTargetGroupsInTheSimulator_AndTracksEachDelivery()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var request = new { text = "本周日上午九点紅色星期天，幸福家园广场集合", targets = "Buildings", codes = "XF01-3,XF01-4" };

        using var preview = JsonDocument.Parse(await (await client.PostAsJsonAsync("/admin/broadcasts/preview", request)).Content.ReadAsStringAsync());
        using var created = await client.PostAsJsonAsync("/admin/broadcasts", request);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt32();

        Assert.Equal(2, preview.RootElement.GetProperty("groups").GetInt32());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, body.RootElement.GetProperty("groups").GetInt32());
        var chat = new SimulatorChat(client);
        await chat.BotSaysAsync("sim-g-XF01-3", "紅色星期天", group: true);
        await chat.BotSaysAsync("sim-g-XF01-4", "紅色星期天", group: true);
        // The runner queues the messages, then marks the broadcast sent (a re-run finds the same outbox keys), so the
        // deliveries may be out a moment before the status changes: wait for both.
        var seen = string.Empty;
        for (var i = 0; i < 50; i++)
        {
            using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative)));
            var statuses = detail.RootElement.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
            var status = detail.RootElement.GetProperty("broadcast").GetProperty("status").GetString();
            if (statuses.Count == 2 && statuses.All(s => s == "sent") && status == "Sent")
            {
                return;
            }

            seen = $"broadcast {status}, deliveries [{string.Join(", ", statuses)}]";
            await Task.Delay(200);
        }

        Assert.Fail($"both deliveries should be tracked as sent and the broadcast marked Sent; last seen: {seen}");
    }

    [Fact]
    public async Task Create_RefusesBadInput_AndSavesNothing()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var badCron = await client.PostAsJsonAsync("/admin/broadcasts", new { text = "x", targets = "Everyone", cron = "every sunday" });
        using var past = await client.PostAsJsonAsync("/admin/broadcasts", new { text = "x", targets = "Everyone", sendAt = DateTimeOffset.UtcNow.AddDays(-1) });
        using var unknown = await client.PostAsJsonAsync("/admin/broadcasts", new { text = "x", targets = "Grids", codes = "G01,G99" });
        using var empty = await client.PostAsJsonAsync("/admin/broadcasts", new { text = " ", targets = "Everyone" });
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/broadcasts", UriKind.Relative)));

        Assert.All([badCron, past, unknown, empty], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("not a valid five-field cron", await badCron.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("in the past", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("unknown grids: G99", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("text is required", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, list.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task ScheduledBroadcast_CanBeEditedAndCancelled_UntilItGoesOut()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var later = DateTimeOffset.UtcNow.AddDays(1);

        using var created = JsonDocument.Parse(await (await client.PostAsJsonAsync("/admin/broadcasts",
            new { text = "明天停电", targets = "Compounds", codes = "XF02", sendAt = later })).Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();
        using var edited = await client.PutAsJsonAsync($"/admin/broadcasts/{id}", new { text = "明天上午停电两小时", targets = "Compounds", codes = "XF02", sendAt = later });
        using var cancelled = await client.DeleteAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative));
        using var again = await client.DeleteAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative));
        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("明天上午停电两小时", detail.RootElement.GetProperty("broadcast").GetProperty("text").GetString());
        Assert.Equal("Cancelled", detail.RootElement.GetProperty("broadcast").GetProperty("status").GetString());
        Assert.Equal(0, detail.RootElement.GetProperty("deliveries").GetArrayLength());
    }

    [Fact]
    public async Task SendNow_SendsAFutureBroadcastAtOnce_AndRefusesWhatIsSentOrCancelled()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var later = DateTimeOffset.UtcNow.AddDays(1);
        async Task<int> CreateAsync(string text)
        {
            using var created = JsonDocument.Parse(await (await client.PostAsJsonAsync("/admin/broadcasts",
                new { text, targets = "Buildings", codes = "XF01-3,XF01-4", sendAt = later })).Content.ReadAsStringAsync());
            return created.RootElement.GetProperty("id").GetInt32();
        }

        var id = await CreateAsync("明天上午九点消防演练，请提前下楼");
        var cancelledId = await CreateAsync("作废的通知");
        using var cancelled = await client.DeleteAsync(new Uri($"/admin/broadcasts/{cancelledId}", UriKind.Relative));

        using var sent = await client.PostAsync(new Uri($"/admin/broadcasts/{id}/send-now", UriKind.Relative), null);
        using var again = await client.PostAsync(new Uri($"/admin/broadcasts/{id}/send-now", UriKind.Relative), null);
        using var refused = await client.PostAsync(new Uri($"/admin/broadcasts/{cancelledId}/send-now", UriKind.Relative), null);
        using var unknown = await client.PostAsync(new Uri("/admin/broadcasts/999/send-now", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.GetProperty("groups").GetInt32());
        var chat = new SimulatorChat(client);
        await chat.BotSaysAsync("sim-g-XF01-3", "消防演练", group: true);
        await chat.BotSaysAsync("sim-g-XF01-4", "消防演练", group: true);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"Broadcast {id} is Sent and cannot be sent now.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("is Cancelled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/admin/broadcasts/{id}", UriKind.Relative)));
        Assert.Equal("Sent", detail.RootElement.GetProperty("broadcast").GetProperty("status").GetString());
        Assert.Equal(2, detail.RootElement.GetProperty("deliveries").GetArrayLength());
    }
}
