using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.Admin;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Policies;

public class PolicyNotificationEndpointsTests
{
    private static readonly string[] NotGivenUp = ["Pending", "InProgress", "Done"];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static object Request(string title, string body) => new
    {
        regionCode = "3301", topic = "Travel", title, body, effectiveFrom = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        sourceIssuer = "杭州市交通运输局",
    };

    private static List<string> Recipients(JsonElement page) => page.GetProperty("items").EnumerateArray()
        .Select(i => i.GetProperty("kind").GetString() == "resident" ? $"resident {i.GetProperty("residentName").GetString()}" : $"group {i.GetProperty("groupName").GetString()}")
        .Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Notifications_NameTheResidentsAndGroupsToldOfEachVersion_WithTheirDeliveryState(bool postgres)
    {
        await using var factory = await AdminHost.StartAsync(postgres, ("BuildingBot:DemoData", "true"));
        using var client = AdminHost.Client(factory);
        var longTing = (await AdminHost.GetJsonAsync(client, "/admin/residents?q=龙婷")).GetProperty("items")[0].GetProperty("id").GetInt32();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var regions = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
            await scope.ServiceProvider.GetRequiredService<TripRegister>().RegisterTripAsync(longTing, regions.Find("3301")!, Today.AddDays(5), Today.AddDays(9), default);
        }

        using var created = await client.PostAsJsonAsync("/admin/policies", Request("杭州限行通知", "工作日7:00-9:00限行。"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        using var edited = await client.PutAsJsonAsync($"/admin/policies/{id}", Request("杭州限行通知（修订）", "工作日7:00-9:30限行。"));
        var first = await AdminHost.GetJsonAsync(client, $"/admin/policies/{id}/versions/1/notifications");
        var second = await AdminHost.GetJsonAsync(client, $"/admin/policies/{id}/versions/2/notifications?pageSize=3&page=2");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("杭州限行通知", first.GetProperty("title").GetString());
        var told = Recipients(first);
        Assert.Contains("resident 龙婷", told);
        Assert.Contains("group 幸福家园3幢 业主群", told);
        Assert.True(told.Count == 13, first.GetRawText());
        Assert.Equal(13, first.GetProperty("total").GetInt32());
        Assert.Equal(13, first.GetProperty("states").EnumerateObject().Sum(s => s.Value.GetInt32()));
        var resident = first.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "resident");
        Assert.Equal(longTing, resident.GetProperty("residentId").GetInt32());
        var delivery = resident.GetProperty("delivery");
        Assert.Equal("sim-r0066", delivery.GetProperty("target").GetString());
        Assert.Contains(delivery.GetProperty("state").GetString(), NotGivenUp);
        Assert.Equal(13, second.GetProperty("total").GetInt32());
        Assert.Equal(3, second.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.All(second.GetProperty("items").EnumerateArray(),
            i => Assert.StartsWith($"policy:{id}:v2:", i.GetProperty("delivery").GetProperty("key").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notifications_Returns404_ForAnUnknownPolicyOrVersion()
    {
        await using var factory = await AdminHost.StartAsync(postgres: false, ("BuildingBot:DemoData", "false"));
        using var client = AdminHost.Client(factory);
        using var created = await client.PostAsJsonAsync("/admin/policies", Request("杭州限行通知", "工作日7:00-9:00限行。"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var none = await AdminHost.GetJsonAsync(client, $"/admin/policies/{id}/versions/1/notifications");
        var noVersion = await AdminHost.GetJsonAsync(client, $"/admin/policies/{id}/versions/2/notifications", HttpStatusCode.NotFound);
        var noPolicy = await AdminHost.GetJsonAsync(client, $"/admin/policies/{id + 1}/versions/1/notifications", HttpStatusCode.NotFound);

        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Equal($"Policy {id} has no version 2.", noVersion.GetProperty("detail").GetString());
        Assert.Equal($"No policy {id + 1}.", noPolicy.GetProperty("detail").GetString());
    }
}
