using System.Net;
using System.Text.Json;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Admin;

public class OutboxDeliveriesTests
{
    private const string Group = "sim-g-XC01-8";
    private const string Person = "sim-r9001";

    /// <summary>A host whose outbox nobody works off, so the rows stay as seeded: per target, oldest first.</summary>
    private static async Task<BotHostFactory> StartAsync(bool postgres)
    {
        var factory = await AdminHost.StartAsync(postgres, ("BuildingBot:DemoData", "false"), ("Queues:Outbox:Workers", "0"));
        var now = DateTimeOffset.UtcNow;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        db.OutboxMessages.AddRange(
            Row("g-1", Group, true, QueueState.Done, now.AddMinutes(-50), delivered: now.AddMinutes(-49)),
            Row("p-1", Person, false, QueueState.DeadLettered, now.AddMinutes(-40), error: "WeCom 81013: the user is not in the app's visible range"),
            Row("g-2", Group, true, QueueState.Pending, now.AddMinutes(-30), error: "WeCom 45009: too many requests", attempts: 2),
            Row("g-3", Group, true, QueueState.Pending, now.AddMinutes(-20), lockedUntil: now.AddMinutes(10)),
            Row("p-2", Person, false, QueueState.Pending, now.AddMinutes(-10)));
        await db.SaveChangesAsync();
        return factory;
    }

    private static OutboxMessage Row(
        string key, string target, bool group, QueueState state, DateTimeOffset created,
        DateTimeOffset? delivered = null, string? error = null, int attempts = 1, DateTimeOffset? lockedUntil = null) => new()
    {
        IdempotencyKey = $"test:{key}", Channel = ChatChannel.Simulator, ConversationId = target, IsGroup = group,
        TargetKey = $"Simulator:{(group ? "Group" : "Private")}:{target}", Payload = group ? """{"text":"明早停水"}""" : """{"text":"您的电话 13812345678 已登记"}""", State = state,
        Attempts = state == QueueState.Pending && error is null ? 0 : attempts, CreatedAt = created, NextAttemptAt = created.AddMinutes(1),
        DeliveredAt = delivered, LastError = error, LockedUntil = lockedUntil, LeaseToken = lockedUntil is null ? null : Guid.NewGuid(),
    };

    private static List<string> Keys(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_ShowsRowsNewestFirst_ByTargetAndState_WithAttemptsAndLastError(bool postgres)
    {
        await using var factory = await StartAsync(postgres);
        using var client = AdminHost.Client(factory);

        var all = await AdminHost.GetJsonAsync(client, "/admin/outbox");
        var group = await AdminHost.GetJsonAsync(client, $"/admin/outbox?target={Group}");
        var groupByKey = await AdminHost.GetJsonAsync(client, $"/admin/outbox?target=Simulator:Group:{Group}&pageSize=2&page=2");
        var pending = await AdminHost.GetJsonAsync(client, "/admin/outbox?state=pending");
        var leased = await AdminHost.GetJsonAsync(client, "/admin/outbox?state=InProgress");
        var dead = await AdminHost.GetJsonAsync(client, $"/admin/outbox?state=DeadLettered&target={Person}");
        var done = await AdminHost.GetJsonAsync(client, "/admin/outbox?state=done");

        Assert.Equal(["test:p-2", "test:g-3", "test:g-2", "test:p-1", "test:g-1"], Keys(all));
        Assert.Equal(["test:g-3", "test:g-2", "test:g-1"], Keys(group));
        Assert.Equal(["test:g-1"], Keys(groupByKey));
        Assert.Equal(3, groupByKey.GetProperty("total").GetInt32());
        Assert.Equal(["test:p-2", "test:g-2"], Keys(pending));
        Assert.Equal(["test:g-3"], Keys(leased));
        Assert.Equal("InProgress", leased.GetProperty("items")[0].GetProperty("state").GetString());
        var retried = pending.GetProperty("items")[1];
        Assert.Equal((2, "WeCom 45009: too many requests", "Pending"),
            (retried.GetProperty("attempts").GetInt32(), retried.GetProperty("lastError").GetString(), retried.GetProperty("state").GetString()));
        Assert.Equal(["test:p-1"], Keys(dead));
        Assert.StartsWith("WeCom 81013", dead.GetProperty("items")[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(["test:g-1"], Keys(done));
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("items")[0].GetProperty("deliveredAt").ValueKind);
        Assert.DoesNotContain("13812345678", all.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?state=Lost", "state must be one of Pending, InProgress, Done, DeadLettered.")]
    [InlineData("?state=1", "state must be one of Pending, InProgress, Done, DeadLettered.")]
    [InlineData("?pageSize=0", "page must be 1 or more, pageSize 1 to 200.")]
    public async Task List_Returns400NamingTheProblem_ForABadQuery(string query, string problem)
    {
        await using var factory = await AdminHost.StartAsync(postgres: false);
        using var client = AdminHost.Client(factory);

        var body = await AdminHost.GetJsonAsync(client, $"/admin/outbox{query}", HttpStatusCode.BadRequest);

        Assert.Equal(problem, body.GetProperty("detail").GetString());
    }
}
