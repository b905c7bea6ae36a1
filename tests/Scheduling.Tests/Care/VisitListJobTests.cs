using BuildingBot.Community.Care;
using BuildingBot.Community.Persistence;
using BuildingBot.Scheduling.Care;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Care;

public class VisitListJobTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static Task<int> HouseholdAsync(SchedulingHost host, string compound, string building, string room) =>
        host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().Households
            .Where(h => h.Room == room && h.Unit!.Number == 1 && h.Unit.Building!.Code == building && h.Unit.Building.Compound!.Code == compound)
            .Select(h => h.Id).SingleAsync());

    [Fact]
    public async Task Run_SendsEachVisitingMemberTheirDueListPrivately_OnceADay()
    {
        using var folder = new TemporaryFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, Shanghai));
        await using var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        foreach (var (compound, building, room, tag) in new[] { ("XF01", "2", "101", "空巢老人"), ("XF01", "1", "102", "独居老人"), ("XF02", "1", "101", "低保") })
        {
            var household = await HouseholdAsync(host, compound, building, room);
            await host.WithAsync(s => s.GetRequiredService<CareTags>().SetAsync(household, [tag], default));
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 30, 0, Shanghai));
        var sent = await host.WithAsync(s => s.GetRequiredService<VisitListJob>().RunAsync(default));
        var again = await host.WithAsync(s => s.GetRequiredService<VisitListJob>().RunAsync(default));
        var rows = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().OutboxMessages.OrderBy(m => m.ConversationId)
            .Select(m => new { m.ConversationId, m.IsGroup, m.Payload, m.IdempotencyKey }).ToListAsync());

        Assert.Equal(2, sent);
        Assert.Equal(2, again);
        Assert.Equal(["sim-gm01", "sim-gm04"], rows.Select(r => r.ConversationId));
        Assert.All(rows, r => Assert.False(r.IsGroup));
        var leader = rows[0].Payload;
        Assert.Contains("共 2 户，其中逾期 2 户", leader, StringComparison.Ordinal);
        Assert.True(leader.IndexOf("1幢1单元102", StringComparison.Ordinal) < leader.IndexOf("2幢1单元101", StringComparison.Ordinal), leader);
        Assert.Contains("独居老人｜逾期7天｜未走访过", leader, StringComparison.Ordinal);
        Assert.Contains("1幢1单元101", rows[1].Payload, StringComparison.Ordinal);
        Assert.Equal("care:visits:" , rows[0].IdempotencyKey[..12]);
    }
}
