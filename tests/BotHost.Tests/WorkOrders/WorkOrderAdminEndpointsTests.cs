using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.WorkOrders;

public class WorkOrderAdminEndpointsTests
{
    [Fact]
    public async Task RoutingRules_CanBeChangedAndSteerTheNextOrder()
    {
        await using var factory = BotHostFactory.Embedded(("Open311:ApiKeys:0", "k"));
        using var client = factory.CreateClient();

        using var bad = await client.PutAsJsonAsync("/admin/routing-rules", new { compoundCode = "XF01", category = "Sanitation", role = "Janitor" });
        using var put = await client.PutAsJsonAsync("/admin/routing-rules", new { compoundCode = "XF01", category = "Sanitation", role = "BuildingCaptain" });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "k", ["service_code"] = "Sanitation", ["address_id"] = "XF01-3", ["description"] = "楼下垃圾桶满了",
        });
        using var filed = await client.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/work-orders", UriKind.Relative)));
        using var rules = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/routing-rules", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("BuildingCaptain", rules.RootElement[0].GetProperty("role").GetString());
        var order = list.RootElement[0];
        Assert.Equal("李秀英", order.GetProperty("assignee").GetString());
        Assert.Contains("本小区规则", order.GetProperty("routingReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_RefusesWithTheReason_WhenTheOrderIsNotQueued()
    {
        await using var factory = BotHostFactory.Embedded(("Open311:ApiKeys:0", "k"));
        using var client = factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "k", ["service_code"] = "RepairsProperty", ["address_id"] = "XF01-3", ["description"] = "电梯坏了",
        });
        using var filed = JsonDocument.Parse(await (await client.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form)).Content.ReadAsStringAsync());
        var number = filed.RootElement[0].GetProperty("service_request_id").GetString();

        using var assign = await client.PostAsJsonAsync($"/admin/work-orders/{number}/assign", new { memberId = (int?)null });
        using var missing = await client.PostAsJsonAsync("/admin/work-orders/WO-20990101-0001/assign", new { memberId = (int?)null });

        Assert.Equal(HttpStatusCode.Conflict, assign.StatusCode);
        using var problem = JsonDocument.Parse(await assign.Content.ReadAsStringAsync());
        Assert.Equal($"Work order {number} is Assigned; it cannot be assigned now.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("IllegalTransition", problem.RootElement.GetProperty("refusal").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
