using BuildingBot.Community.Categories;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Grids;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using BuildingBot.Community.WorkOrders;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.WorkOrders;

/// <summary>
/// A small community built per test: compound A with buildings A1 (grid GA), A2 (grid GA) and A3 (no
/// grid); compound B with building B1 (grid GB, which has no leader). Members are added per test.
/// </summary>
public sealed class WorkOrderWorld : IAsyncDisposable
{
    private WorkOrderWorld(CommunityDatabase database, FakeTimeProvider clock)
    {
        Database = database;
        Clock = clock;
    }

    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public CommunityDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public Dictionary<string, int> Ids { get; } = [];

    public static async Task<WorkOrderWorld> CreateAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var clock = new FakeTimeProvider(Start);
        var database = await CommunityDatabase.CreateAsync(provider, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var world = new WorkOrderWorld(database, clock);
        await world.WithDbAsync(async db =>
        {
            var community = new Community { Name = "测试社区" };
            var a = new Compound { Code = "A", Name = "甲小区", Community = community };
            var b = new Compound { Code = "B", Name = "乙小区", Community = community };
            var ga = new Grid { Code = "GA", Name = "甲网格", Community = community };
            var gb = new Grid { Code = "GB", Name = "乙网格", Community = community };
            var a1 = new Building { Code = "1", Name = "1幢", Compound = a, Grid = ga };
            var a2 = new Building { Code = "2", Name = "2幢", Compound = a, Grid = ga };
            var a3 = new Building { Code = "3", Name = "3幢", Compound = a };
            var b1 = new Building { Code = "1", Name = "1幢", Compound = b, Grid = gb };
            var unit = new Unit { Building = a1, Number = 1 };
            var household = new Household { Unit = unit, Room = "101", Code = HouseholdCode.New() };
            var reporter = new Resident { DisplayName = "居民甲", Household = household, Channel = ChatChannel.Simulator, ChannelUserId = "r1", CreatedAt = Start };
            var neighbour = new Resident { DisplayName = "居民乙", Household = household, Channel = ChatChannel.Simulator, ChannelUserId = "r2", CreatedAt = Start };
            db.AddRange(community, a, b, ga, gb, a1, a2, a3, b1, unit, household, reporter, neighbour);
            await db.SaveChangesAsync();
            world.Ids["A1"] = a1.Id;
            world.Ids["A2"] = a2.Id;
            world.Ids["A3"] = a3.Id;
            world.Ids["B1"] = b1.Id;
            world.Ids["GA"] = ga.Id;
            world.Ids["GB"] = gb.Id;
            world.Ids["A"] = a.Id;
            world.Ids["reporter"] = reporter.Id;
            world.Ids["neighbour"] = neighbour.Id;
        });
        return world;
    }

    /// <summary>Adds a member to grid GA (or <paramref name="grid"/>); captains look after <paramref name="captainOf"/>.</summary>
    public async Task<int> AddMemberAsync(string name, GridMemberRole role, string grid = "GA", string? captainOf = null, int openOrders = 0)
    {
        var id = 0;
        await WithDbAsync(async db =>
        {
            var member = new GridMember
            {
                Name = name, Role = role, GridId = Ids[grid], Channel = ChatChannel.Simulator, ChannelUserId = $"m-{name}",
                CaptainOfBuildingId = captainOf is null ? null : Ids[captainOf],
            };
            db.GridMembers.Add(member);
            await db.SaveChangesAsync();
            for (var i = 0; i < openOrders; i++)
            {
                db.WorkOrders.Add(new WorkOrder
                {
                    Number = $"WO-20200101-{member.Id:D2}{i:D2}", SourceKey = $"load-{member.Id}-{i}", Description = "已有工单",
                    BuildingId = Ids["A1"], Status = WorkOrderStatus.Accepted, AssigneeId = member.Id, CreatedAt = Start, UpdatedAt = Start,
                });
            }

            await db.SaveChangesAsync();
            id = member.Id;
        });
        Ids[name] = id;
        return id;
    }

    public Task AddRuleAsync(ProblemCategory category, GridMemberRole role, bool forCompoundA) => WithDbAsync(async db =>
    {
        db.RoutingRules.Add(new RoutingRule { Category = category, Role = role, CompoundId = forCompoundA ? Ids["A"] : null });
        await db.SaveChangesAsync();
    });

    /// <summary>龙婷-style report by 居民甲 in <paramref name="building"/>.</summary>
    public async Task<WorkOrder> ReportAsync(
        string building = "A1", ProblemCategory category = ProblemCategory.RepairsProperty, Urgency urgency = Urgency.Normal,
        string description = "电梯坏了", string? sourceKey = null)
    {
        await using var scope = Database.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
        {
            SourceKey = sourceKey ?? Guid.NewGuid().ToString("N"), BuildingId = Ids[building], Category = category, Urgency = urgency,
            Description = description, ReporterId = Ids["reporter"], Actor = WorkOrderActor.Resident(Ids["reporter"], "居民甲"),
        }, default);
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        return outcome.Order!;
    }

    public WorkOrderActor Member(string name) => WorkOrderActor.Member(Ids[name], name);

    public WorkOrderActor Reporter => WorkOrderActor.Resident(Ids["reporter"], "居民甲");

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Database.Scope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithDbAsync(Func<CommunityDbContext, Task> action)
    {
        await using var scope = Database.Scope();
        await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
