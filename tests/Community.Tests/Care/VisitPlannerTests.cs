using BuildingBot.Community.Care;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Care;

public class VisitPlannerTests
{
    private static Task<IReadOnlyList<DueVisit>> ListAsync(CareArrangement care, int member, DateOnly day) =>
        care.WithAsync(s => s.GetRequiredService<VisitPlanner>().ListAsync(member, day, default));

    private static string Place(DueVisit v) => $"{v.BuildingCode}-{v.Unit}-{v.Room}";

    [Fact]
    public async Task List_HoldsDueAndOverdueVisitsByBuildingThenRoom_WhenTagsAndIntervalsSayso()
    {
        await using var care = await CareArrangement.CreateAsync();
        var leader = await care.MemberAsync("王建华");

        var list = await ListAsync(care, leader, new DateOnly(2026, 11, 30));

        Assert.Equal(["1-1-101", "1-1-102", "2-1-101"], list.Select(Place));
        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30)], list.Select(v => v.DueOn));
        Assert.Equal([true, true, false], list.Select(v => v.IsOverdue(new DateOnly(2026, 11, 30))));
        Assert.Equal(7, list[1].IntervalDays);
        Assert.Equal(["孕产妇", "独居老人"], list[1].Tags);
    }

    [Fact]
    public async Task List_OfABuildingCaptain_HoldsOnlyTheirBuilding_WhenItsHouseholdIsDue()
    {
        await using var care = await CareArrangement.CreateAsync();
        var captain = await care.MemberAsync("李秀英");

        Assert.Empty(await ListAsync(care, captain, new DateOnly(2026, 12, 4)));
        Assert.Equal(["3-1-301"], (await ListAsync(care, captain, new DateOnly(2026, 12, 5))).Select(Place));
    }

    [Fact]
    public async Task List_GoesToTheGridMember_NotToTheirLeaderNorToAMediator()
    {
        await using var care = await CareArrangement.CreateAsync();
        await care.TagAsync(await care.HouseholdAsync("1", "101", "XF02"), "残疾人");
        await care.TagAsync(await care.HouseholdAsync("4", "101", "XF02"), "残疾人");
        var day = new DateOnly(2026, 11, 30);

        Assert.Single(await ListAsync(care, await care.MemberAsync("刘芳"), day));
        Assert.Empty(await ListAsync(care, await care.MemberAsync("张志强"), day));
        Assert.Empty(await ListAsync(care, await care.MemberAsync("赵丽"), day));
        Assert.Single(await ListAsync(care, await care.MemberAsync("陈明"), day));
    }
}
