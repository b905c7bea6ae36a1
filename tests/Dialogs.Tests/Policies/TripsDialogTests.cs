using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

public class TripsDialogTests
{
    private static async Task RegisterAsync(TestFlow flow, string region, int fromDay, int toDay)
    {
        await using var scope = flow.Host.Services.CreateAsyncScope();
        var resident = await scope.ServiceProvider.GetRequiredService<Community.Persistence.CommunityDbContext>().Residents
            .SingleAsync(r => r.ChannelUserId == "sim-r0066");
        await scope.ServiceProvider.GetRequiredService<TripRegister>().RegisterTripAsync(
            resident.Id, RegionDirectory.Shared.Find(region)!, new DateOnly(2026, 12, fromDay), new DateOnly(2026, 12, toDay), default);
    }

    [Fact]
    public async Task MyTrips_ListsTheTripsNotOver_AndCancelAsksWhichWhenThereAreSeveral()
    {
        await using var flow = await TestFlow.CreateAsync();
        await RegisterAsync(flow, "3301", 2, 4);
        await RegisterAsync(flow, "31", 10, 12);

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("我的行程")
            .AssertSentTo("sim-r0066", "您登记的出行：\n1. 12月2日至12月4日 杭州市\n2. 12月10日至12月12日 上海市")
            .Send("取消出行登记")
            .AssertSentTo("sim-r0066", "要取消哪一次出行登记？", reply => Assert.Contains("3. 全部取消", reply.Text, StringComparison.Ordinal))
            .Send("2").AssertReply("已取消出行登记：12月10日至12月12日 上海市。之后不会再为这次出行提醒您。")
            .Send("取消行程").AssertReply("已取消出行登记：12月2日至12月4日 杭州市。之后不会再为这次出行提醒您。")
            .Send("我的行程").AssertReplyContains("您没有未结束的出行登记");

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.Trips.CountAsync()));
    }

    [Fact]
    public async Task MyTrips_InAGroup_GoesPrivately()
    {
        await using var flow = await TestFlow.CreateAsync();
        await RegisterAsync(flow, "3301", 2, 4);

        await flow.As("sim-r0066", "龙婷").InGroup("sim-g-XF01-3")
            .Send("我的行程")
            .AssertReplyContains("您的出行登记已私信给您", privately: false)
            .AssertSentTo("sim-r0066", "12月2日至12月4日 杭州市");
    }

    [Fact]
    public async Task CancelledTrip_GetsNoPush()
    {
        await using var flow = await TestFlow.CreateAsync();
        await RegisterAsync(flow, "3301", 2, 4);
        await flow.As("sim-r0066", "龙婷").InPrivate().Send("取消出行登记").AssertReplyContains("已取消出行登记");

        await using (var scope = flow.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PolicyBook>().CreateAsync(new PolicyRequest
            {
                RegionCode = "3301", Topic = PolicyTopic.Travel, Title = "杭州市12月交通管制", Body = "12月周末西湖景区实行单双号通行。",
                EffectiveFrom = new DateOnly(2026, 12, 1), SourceIssuer = "杭州市公安局",
            }, example: false, default);
        }

        Assert.Equal(0, await flow.Host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.Contains(":resident:"))));
    }
}
