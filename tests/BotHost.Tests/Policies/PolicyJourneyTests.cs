using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WorkOrders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.Policies;

public class PolicyJourneyTests
{
    private const string Group = "sim-g-XF01-3";
    private const string Resident = "sim-r0066";

    [Fact]
    public async Task ResidentAsksAboutATripAndAPolicy_RegistersTheTrip_AndHearsWhenTheAdminChangesThePolicy()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        var chat = new SimulatorChat(client);

        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 孩子上小学一年级报名要准备什么材料？");
        await chat.BotSaysAsync(Group, "《杭州市义务教育招生报名材料》", group: true);

        await chat.SayPrivatelyAsync(Resident, "下周三回杭，出行要注意什么？");
        var answer = await chat.BotSaysAsync(Resident, "12月2日去杭州市（浙江省）");
        Assert.Contains("《杭州市区小客车错峰限行》", answer.Text, StringComparison.Ordinal);
        await chat.BotSaysAsync(Resident, "要登记这次出行吗");
        await chat.SayPrivatelyAsync(Resident, "好的");
        await chat.BotSaysAsync(Resident, "已登记出行：12月2日至12月9日，杭州市");

        using var policies = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/policies", UriKind.Relative)));
        var id = policies.RootElement.EnumerateArray().Single(p => p.GetProperty("title").GetString() == "杭州市区小客车错峰限行").GetProperty("id").GetInt32();
        using var edited = await client.PutAsJsonAsync($"/admin/policies/{id}", new
        {
            topic = "Travel", title = "杭州市区小客车错峰限行", body = "12月起，错峰限行时段延长至工作日7:00-9:30、16:30-19:00。",
            effectiveFrom = "2026-12-01", sourceIssuer = "杭州市公安局交通警察支队（示例）",
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var push = await chat.BotSaysAsync(Resident, "出行提醒：您登记了 12月2日 去杭州市，杭州市的政策有变化");
        Assert.Contains("错峰限行时段延长至工作日7:00-9:30", push.Text, StringComparison.Ordinal);
        Assert.Contains("第2版，2026年12月1日起", push.Text, StringComparison.Ordinal);
        var notice = await chat.BotSaysAsync(Group, "【政策提醒·出行】杭州市《杭州市区小客车错峰限行》有更新（第2版）", group: true);
        Assert.DoesNotContain("7:00-9:30", notice.Text, StringComparison.Ordinal);
    }
}
