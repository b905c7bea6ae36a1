using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Community.Care;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.Care;

public class VisitJourneyTests
{
    private const string Leader = "sim-gm01";

    [Fact]
    public async Task GridLeaderRecordsAVisitInChat_AndTurnsItsNoteIntoAnOrder_ThroughTheSimulator()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        var chat = new SimulatorChat(client);

        // 转工单 reads the note with the trained model: train it before the chat's 45-second waits start.
        _ = factory.Services.GetRequiredService<Recognizer>().Model;
        int household;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            household = await db.Households.Where(h => h.Room == "101" && h.Unit!.Number == 1 && h.Unit.Building!.Code == "1" && h.Unit.Building.Compound!.Code == "XF01")
                .Select(h => h.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<CareTags>().SetAsync(household, ["独居老人"], default);
        }

        await chat.SayPrivatelyAsync(Leader, "走访 1-1-101 老人身体还好，一个人做饭困难，需要社区送餐");
        await chat.BotSaysAsync(Leader, "已记录1幢1单元101的走访（独居老人），下次走访 12月7日 前");
        await chat.SayPrivatelyAsync(Leader, "转工单");
        var converted = await chat.BotSaysAsync(Leader, "已把走访情况转为工单 WO-");

        await using var check = factory.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var visit = await read.CareVisits.SingleAsync();
        var order = await read.WorkOrders.SingleAsync(o => o.Id == visit.WorkOrderId);
        Assert.Equal(household, visit.HouseholdId);
        Assert.Equal(ProblemCategory.ElderlyCare, order.Category);
        Assert.Contains(order.Number, converted.Text, StringComparison.Ordinal);
        Assert.Contains("需要社区送餐", order.Description, StringComparison.Ordinal);
    }
}
