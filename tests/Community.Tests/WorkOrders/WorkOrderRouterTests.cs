using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.WorkOrders;

public class WorkOrderRouterTests
{
    /// <summary>Staff of grid GA for the table: name, role, captain of, open orders.</summary>
    private static readonly (string Name, GridMemberRole Role, string? CaptainOf, int Load)[] Staff =
    [
        ("网格长甲", GridMemberRole.GridLeader, null, 3),
        ("网格长乙", GridMemberRole.GridLeader, null, 1),
        ("楼栋长一", GridMemberRole.BuildingCaptain, "A1", 0),
        ("调解员忙", GridMemberRole.Mediator, null, 2),
        ("调解员闲", GridMemberRole.Mediator, null, 0),
        ("网格员忙", GridMemberRole.GridMember, null, 4),
        ("网格员闲", GridMemberRole.GridMember, null, 1),
    ];

    public static TheoryData<string, ProblemCategory, string?, string> Cases => new()
    {
        // building, category, expected member (null = queue), words the reason must contain
        { "A1", ProblemCategory.RepairsProperty, "楼栋长一", "1幢的楼栋长" },
        { "A2", ProblemCategory.RepairsProperty, "网格长乙", "没有合适的楼栋长" },
        { "A1", ProblemCategory.NeighbourDispute, "调解员闲", "在办工单0件" },
        { "A1", ProblemCategory.Sanitation, "网格员闲", "在办工单1件" },
        { "A1", ProblemCategory.ElderlyCare, "网格员闲", "默认规则" },
        { "A3", ProblemCategory.RepairsProperty, null, "未划入任何网格" },
        { "B1", ProblemCategory.Safety, null, "也没有网格长" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_PicksByRoleThenLoadThenFallsBack(string building, ProblemCategory category, string? expected, string reason)
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        foreach (var (name, role, captainOf, load) in Staff)
        {
            await world.AddMemberAsync(name, role, captainOf: captainOf, openOrders: load);
        }

        var decision = await RouteAsync(world, building, category);

        Assert.Equal(expected is null ? null : world.Ids[expected], decision.MemberId);
        Assert.Contains(reason, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_FollowsTheCompoundRule_OverTheCommunityRuleAndTheDefault()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("调解员", GridMemberRole.Mediator);
        await world.AddMemberAsync("网格员", GridMemberRole.GridMember);
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        await world.AddRuleAsync(ProblemCategory.Sanitation, GridMemberRole.BuildingCaptain, forCompoundA: false);
        await world.AddRuleAsync(ProblemCategory.Sanitation, GridMemberRole.Mediator, forCompoundA: true);

        var decision = await RouteAsync(world, "A1", ProblemCategory.Sanitation);

        Assert.Equal(world.Ids["调解员"], decision.MemberId);
        Assert.Contains("本小区规则", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_UsesTheCommunityRule_WhenTheCompoundHasNone()
    {
        await using var world = await WorkOrderWorld.CreateAsync();
        await world.AddMemberAsync("网格员", GridMemberRole.GridMember);
        await world.AddMemberAsync("楼栋长", GridMemberRole.BuildingCaptain, captainOf: "A1");
        await world.AddRuleAsync(ProblemCategory.Sanitation, GridMemberRole.BuildingCaptain, forCompoundA: false);

        var decision = await RouteAsync(world, "A1", ProblemCategory.Sanitation);

        Assert.Equal(world.Ids["楼栋长"], decision.MemberId);
        Assert.Contains("全社区规则", decision.Reason, StringComparison.Ordinal);
    }

    private static Task<RoutingDecision> RouteAsync(WorkOrderWorld world, string building, ProblemCategory category) =>
        world.WithAsync(services => services.GetRequiredService<WorkOrderRouter>().RouteAsync(world.Ids[building], category, null, default));
}
