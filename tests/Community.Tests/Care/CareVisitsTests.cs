using BuildingBot.Community.Care;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Care;

public class CareVisitsTests
{
    private static Task<CareVisitOutcome> RecordAsync(CareArrangement care, int member, string building, int? unit, string room, string note, string key) =>
        care.WithAsync(s => s.GetRequiredService<CareVisits>().RecordAsync(member, building, unit, room, note, key, default));

    private static Task<CareVisitOutcome> ToOrderAsync(CareArrangement care, int member) =>
        care.WithAsync(s => s.GetRequiredService<CareVisits>().ToWorkOrderAsync(member, "王建华", _ => (ProblemCategory.ElderlyCare, Urgency.Normal), default));

    [Fact]
    public async Task Record_RestartsTheInterval_SoTheHouseholdLeavesTodaysList()
    {
        await using var care = await CareArrangement.CreateAsync();
        var leader = await care.MemberAsync("王建华");
        care.Clock.SetUtcNow(CareArrangement.At(11, 30, 10));

        var outcome = await RecordAsync(care, leader, "1", 1, "101", "老人身体还好，需要送餐", "m1");
        var again = await RecordAsync(care, leader, "1", 1, "101", "老人身体还好，需要送餐", "m1");
        var list = await care.WithAsync(s => s.GetRequiredService<VisitPlanner>().ListAsync(leader, new DateOnly(2026, 11, 30), default));

        Assert.Null(outcome.Refusal);
        Assert.Equal(new DateOnly(2026, 12, 7), outcome.Plan!.DueOn);
        Assert.Equal(outcome.Visit!.Id, again.Visit!.Id);
        Assert.Equal(["102", "101"], list.Select(v => v.Room));
        Assert.Equal("2", list[1].BuildingCode);
    }

    [Fact]
    public async Task Record_Refuses_WhenTheRoomIsNotInTheMembersGrid()
    {
        await using var care = await CareArrangement.CreateAsync();

        // 幸福家园5幢 is in G01; 刘芳's G02 covers 和平里 1–3 幢.
        var outcome = await RecordAsync(care, await care.MemberAsync("刘芳"), "5", 1, "101", "看过了", "m2");
        var ambiguous = await RecordAsync(care, await care.MemberAsync("王建华"), "1", null, "101", "看过了", "m4");

        Assert.Equal(CareVisitRefusal.HouseholdNotFound, outcome.Refusal);
        Assert.Equal(CareVisitRefusal.Ambiguous, ambiguous.Refusal);
    }

    [Fact]
    public async Task ToWorkOrder_TurnsTheLastVisitsNoteIntoARoutedOrder_OnceAndOnlyWithinTheHour()
    {
        await using var care = await CareArrangement.CreateAsync();
        var leader = await care.MemberAsync("王建华");
        care.Clock.SetUtcNow(CareArrangement.At(11, 30, 10));
        await RecordAsync(care, leader, "1", 1, "101", "老人身体还好，需要送餐", "m3");
        care.Clock.Advance(TimeSpan.FromMinutes(5));

        var converted = await ToOrderAsync(care, leader);
        var twice = await ToOrderAsync(care, leader);
        care.Clock.Advance(TimeSpan.FromHours(2));
        var late = await ToOrderAsync(care, leader);

        var order = converted.Order!.Order!;
        Assert.True(converted.Order.Succeeded);
        Assert.Equal(ProblemCategory.ElderlyCare, order.Category);
        Assert.Equal("老人身体还好，需要送餐", order.Description);
        Assert.Equal("101", order.Room);
        Assert.Equal(await care.WithAsync(s => s.GetRequiredService<CommunityDbContext>().Buildings.Where(b => b.Code == "1" && b.Compound!.Code == "XF01")
            .Select(b => b.Id).SingleAsync()), order.BuildingId);
        Assert.Equal(order.Id, await care.WithAsync(s => s.GetRequiredService<CommunityDbContext>().CareVisits.Where(v => v.SourceKey == "m3")
            .Select(v => v.WorkOrderId).SingleAsync()));
        Assert.Equal(CareVisitRefusal.AlreadyAnOrder, twice.Refusal);
        Assert.Equal(CareVisitRefusal.NoRecentVisit, late.Refusal);
    }
}
