using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Scheduling.Volunteering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.Volunteering;

public class RedSundayJourneyTests
{
    private const string Group = "sim-g-XF01-3";
    private const string Resident = "sim-r0066";

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task AdminCreatesRedSunday_ResidentSignsUpInTheGroup_GetsReminded_ChecksIn_AndEarnsPoints()
    {
        var clock = new FakeTimeProvider(At(27, 10));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        var chat = new SimulatorChat(client);

        using var created = await client.PostAsJsonAsync("/admin/activities", new
        {
            title = "紅色星期天", place = "幸福家园广场", description = "清理楼道、整理车棚", cron = "0 9 * * 0", capacity = 10,
            targets = "Buildings", codes = "XF01-3", partyMembersExpected = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        async Task TickAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ActivityRunner>().RunAsync(id, default);
        }

        await TickAsync();
        await chat.BotSaysAsync(Group, "【紅色星期天】11月29日（周日）09:00–11:00", group: true);

        await chat.SayInGroupAsync(Group, Resident, "@幸福里助手 报名");
        await chat.BotSaysAsync(Group, "报名成功", group: true);
        await chat.BotSaysAsync(Resident, "报名成功！【紅色星期天】11月29日（周日）09:00–11:00，地点：幸福家园广场");

        clock.SetUtcNow(At(28, 9, 30));
        await TickAsync();
        await chat.BotSaysAsync(Resident, "提醒：您报名的【紅色星期天】将于11月29日");

        clock.SetUtcNow(At(29, 8, 45));
        await chat.SayPrivatelyAsync(Resident, "签到");
        await chat.BotSaysAsync(Resident, "签到成功");

        clock.SetUtcNow(At(29, 11, 5));
        await TickAsync();
        await chat.BotSaysAsync(Group, "1 位志愿者参加，共服务 2 小时", group: true);
        await chat.SayPrivatelyAsync(Resident, "我的积分");
        await chat.BotSaysAsync(Resident, "积分 20 分");

        using var participation = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/activities/participation", UriKind.Relative)));
        var branch = Assert.Single(participation.RootElement.EnumerateArray());
        Assert.Equal("幸福家园党支部", branch.GetProperty("partyBranch").GetString());
        Assert.Equal(20, branch.GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task CreateActivity_RefusesBadInput_WithEveryProblem()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/admin/activities", new { title = "", place = "广场", cron = "每周日", capacity = 0, targets = "Buildings", codes = "XF01-99" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title is required", body, StringComparison.Ordinal);
        Assert.Contains("not a valid five-field cron", body, StringComparison.Ordinal);
        Assert.Contains("capacity must be at least 1", body, StringComparison.Ordinal);
        Assert.Contains("unknown buildings: XF01-99", body, StringComparison.Ordinal);
    }
}
