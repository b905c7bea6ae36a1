using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.People;
using BuildingBot.Community.Reports;
using BuildingBot.Community.Tests.WorkOrders;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Reports;

/// <summary>
/// Eight orders with known outcomes in the week of Friday 2026-11-27 (now: 10:00 Shanghai), and the 三率 worked out by hand.
/// </summary>
public sealed class ServiceRateQueryTests
{
    private static readonly DateTimeOffset Now = WorkOrderWorld.Start;

    private static DateTimeOffset H(double hours) => Now.AddHours(hours);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Compute_MatchesHandComputedRates_ForTheWholeCommunity(StorageProvider provider)
    {
        await using var world = await SeededAsync(provider);

        var rates = await ComputeAsync(world, gridId: null);

        // Accept: orders 1, 2, 5 accepted, 3 and 8 past due unaccepted (8's earlier 接单 was by someone else); 1 and 5 in time.
        Assert.Equal(new RateFigure(2, 5), rates.TimelyAcceptance);
        // Resolve: 1 and 7 in time, 5 late, 2 overdue and open.
        Assert.Equal(new RateFigure(2, 4), rates.OnTimeResolution);
        // Ratings: 满意 (1), 不满意 then 基本满意 (5).
        Assert.Equal(new RateFigure(2, 3), rates.Satisfaction);
        Assert.Equal(66.7, rates.Satisfaction.Percent);
        Assert.Equal(7, rates.Reported);
        Assert.Equal(
            [new CategoryVolume(ProblemCategory.RepairsProperty, 4), new CategoryVolume(ProblemCategory.Sanitation, 2), new CategoryVolume(ProblemCategory.Other, 1)],
            rates.ByCategory);
        Assert.Equal([new GridVolume(world.Ids["GA"], "甲网格", 6), new GridVolume(world.Ids["GB"], "乙网格", 1)], rates.ByGrid);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Migration_FillsAcceptedAtFromTheTimeline_SoTheRatesOfEarlierOrdersStand(StorageProvider provider)
    {
        await using var world = await SeededAsync(provider);
        var seeded = await AcceptedAtAsync(world);

        // Down to the release before AcceptedAt (the column goes) and up again: the migration fills it from the 接单 events.
        await world.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var added = migrations.FindIndex(m => m.EndsWith("_ServiceRateCounts", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[added - 1]);
            await migrator.MigrateAsync();
        });

        Assert.Equal(seeded, await AcceptedAtAsync(world));
        Assert.Equal(4, seeded.Count(a => a is not null));
        Assert.Equal(new RateFigure(2, 5), (await ComputeAsync(world, gridId: null)).TimelyAcceptance);
    }

    private static Task<List<DateTimeOffset?>> AcceptedAtAsync(WorkOrderWorld world) => world.WithAsync(services =>
        services.GetRequiredService<CommunityDbContext>().WorkOrders.OrderBy(o => o.Id).Select(o => o.AcceptedAt).ToListAsync());

    [Fact]
    public async Task Compute_CountsOnlyTheGridsOrders_WhenScopedToAGrid()
    {
        await using var world = await SeededAsync(StorageProvider.Sqlite);

        var rates = await ComputeAsync(world, world.Ids["GA"]);

        Assert.Equal(new RateFigure(1, 4), rates.TimelyAcceptance);
        Assert.Equal(new RateFigure(2, 3), rates.OnTimeResolution);
        Assert.Equal(new RateFigure(1, 1), rates.Satisfaction);
        Assert.Equal(6, rates.Reported);
        Assert.Equal([new GridVolume(world.Ids["GA"], "甲网格", 6)], rates.ByGrid);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task ComputeBy_MatchesHandComputedRates_PerGridMemberAndCategory(StorageProvider provider)
    {
        await using var world = await SeededAsync(provider);

        var byGrid = await ComputeByAsync(world, null, RateBreakdown.Grid);
        var byMember = await ComputeByAsync(world, null, RateBreakdown.Member);
        var byCategory = await ComputeByAsync(world, null, RateBreakdown.Category);

        Assert.Equal(
        [
            new RateRow(world.Ids["GA"], "甲网格", new(1, 4), new(2, 3), new(1, 1), 6),
            new RateRow(world.Ids["GB"], "乙网格", new(1, 1), new(0, 1), new(1, 2), 1),
        ], byGrid.OrderBy(r => r.Key));
        // 李一: 1 in time, 2 late, 3 past due (4 not yet due); 王二: order 5; 张三: order 8, past due (the 接单 was 李一's).
        Assert.Equal(
        [
            new RateRow(null, "张三", new(0, 1), new(0, 0), new(0, 0), 1),
            new RateRow(null, "李一", new(1, 3), new(2, 3), new(1, 1), 5),
            new RateRow(null, "王二", new(1, 1), new(0, 1), new(1, 2), 1),
        ], byMember.Select(r => r with { Key = null }).OrderBy(r => r.Name, StringComparer.Ordinal));
        Assert.Equal(
        [
            new RateRow((int)ProblemCategory.RepairsProperty, null, new(1, 3), new(1, 1), new(1, 1), 4),
            new RateRow((int)ProblemCategory.Sanitation, null, new(1, 2), new(1, 3), new(1, 2), 2),
            new RateRow((int)ProblemCategory.Other, null, new(0, 0), new(0, 0), new(0, 0), 1),
        ], byCategory.OrderBy(r => r.Reported).Reverse());
    }

    [Fact]
    public async Task ComputeBy_CountsOnlyTheGridsOrders_WhenScopedToAGrid()
    {
        await using var world = await SeededAsync(StorageProvider.Sqlite);

        var byMember = await ComputeByAsync(world, world.Ids["GB"], RateBreakdown.Member);

        Assert.Equal([("王二", new RateFigure(1, 1), 1)], byMember.Select(r => (r.Name, r.TimelyAcceptance, r.Reported)));
    }

    [Fact]
    public void Percent_IsNull_WhenNothingWasCounted() => Assert.Null(new RateFigure(0, 0).Percent);

    /// <summary>
    /// Three local weeks, the first and last cut by the period: order 7 on Sunday the 15th, one at the last second of Sunday
    /// the 22nd and one at Monday the 23rd's midnight (Shanghai), and the seven of Thursday the 26th.
    /// </summary>
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task WeeklyVolumes_CountEachLocalWeeksOrders_InTheDatabaseOrHere(StorageProvider provider)
    {
        await using var world = await SeededAsync(provider);
        var monday = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8));
        await world.WithDbAsync(async db =>
        {
            foreach (var (n, at) in new[] { (91, monday.AddSeconds(-1)), (92, monday) })
            {
                db.WorkOrders.Add(new WorkOrder
                {
                    Number = $"WO-20261123-{n:D4}", SourceKey = $"edge-{n}", Description = "测试", Category = ProblemCategory.Other,
                    Status = WorkOrderStatus.Submitted, BuildingId = world.Ids["B1"], GridId = world.Ids["GB"], CreatedAt = at.ToUniversalTime(),
                    UpdatedAt = at.ToUniversalTime(), PhaseStartedAt = at.ToUniversalTime(),
                });
            }

            await db.SaveChangesAsync();
        });
        var period = ReportPeriod.Between(new DateOnly(2026, 11, 14), new DateOnly(2026, 11, 27), CommunityTimeZone.Default);

        var all = await world.WithAsync(s => s.GetRequiredService<WeeklyVolumeQuery>().ComputeAsync(period, null, default));
        var grid = await world.WithAsync(s => s.GetRequiredService<WeeklyVolumeQuery>().ComputeAsync(period, world.Ids["GA"], default));

        static DateOnly Day(int day) => new(2026, 11, day);
        Assert.Equal([new WeekVolume(Day(9), 1), new WeekVolume(Day(16), 1), new WeekVolume(Day(23), 8)], all);
        Assert.Equal([new WeekVolume(Day(9), 1), new WeekVolume(Day(16), 0), new WeekVolume(Day(23), 6)], grid);
    }

    [Fact]
    public void ThisWeek_RunsFromMondayMidnightToTheEndOfToday_InTheCommunityTimeZone()
    {
        var period = ReportPeriod.ThisWeek(Now, CommunityTimeZone.Default);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), period.To);
    }

    private static async Task<ServiceRates> ComputeAsync(WorkOrderWorld world, int? gridId) => await world.WithAsync(services =>
        services.GetRequiredService<ServiceRateQuery>().ComputeAsync(ReportPeriod.ThisWeek(Now, CommunityTimeZone.Default), gridId, Now, default));

    private static async Task<IReadOnlyList<RateRow>> ComputeByAsync(WorkOrderWorld world, int? gridId, RateBreakdown by) => await world.WithAsync(services =>
        services.GetRequiredService<ServiceRateQuery>().ComputeByAsync(ReportPeriod.ThisWeek(Now, CommunityTimeZone.Default), gridId, by, Now, default));

    private static async Task<WorkOrderWorld> SeededAsync(StorageProvider provider)
    {
        var world = await WorkOrderWorld.CreateAsync(provider);
        var m1 = await world.AddMemberAsync("李一", GridMemberRole.GridMember);
        var m2 = await world.AddMemberAsync("王二", GridMemberRole.GridMember, grid: "GB");
        var m3 = await world.AddMemberAsync("张三", GridMemberRole.GridMember);
        await world.WithDbAsync(async db =>
        {
            var n = 0;
            WorkOrder Order(string building, int assignee, ProblemCategory category, WorkOrderStatus status, double acceptDue, double createdAt = -24)
            {
                n++;
                var order = new WorkOrder
                {
                    Number = $"WO-20261126-{n:D4}", SourceKey = $"seed-{n}", Description = "测试", Category = category, Status = status,
                    BuildingId = world.Ids[building], GridId = world.Ids[building == "B1" ? "GB" : "GA"], AssigneeId = assignee,
                    CreatedAt = H(createdAt), UpdatedAt = Now, PhaseStartedAt = H(createdAt), AcceptDueAt = H(acceptDue),
                };
                db.WorkOrders.Add(order);
                return order;
            }

            void Event(WorkOrder order, WorkOrderEventKind kind, double at, int? toMember = null, string? reason = null) =>
                order.Events.Add(new WorkOrderEvent { Kind = kind, At = H(at), ActorName = "测试", ToMemberId = toMember, Reason = reason });

            var o1 = Order("A1", m1, ProblemCategory.RepairsProperty, WorkOrderStatus.Closed, acceptDue: -5);
            Event(o1, WorkOrderEventKind.Accepted, -6, m1);
            o1.AcceptedAt = H(-6);
            (o1.ResolveDueAt, o1.ResolvedAt) = (H(-2), H(-3));
            Event(o1, WorkOrderEventKind.Rated, -1, reason: "满意");

            var o2 = Order("A1", m1, ProblemCategory.Sanitation, WorkOrderStatus.Accepted, acceptDue: -5);
            Event(o2, WorkOrderEventKind.Accepted, -4, m1);
            o2.AcceptedAt = H(-4);
            o2.ResolveDueAt = H(-1);

            Order("A2", m1, ProblemCategory.RepairsProperty, WorkOrderStatus.Assigned, acceptDue: -1);
            Order("A2", m1, ProblemCategory.RepairsProperty, WorkOrderStatus.Assigned, acceptDue: 1);

            var o5 = Order("B1", m2, ProblemCategory.Sanitation, WorkOrderStatus.Closed, acceptDue: -5);
            Event(o5, WorkOrderEventKind.Accepted, -5.5, m2);
            o5.AcceptedAt = H(-5.5);
            (o5.ResolveDueAt, o5.ResolvedAt) = (H(-3), H(-2));
            Event(o5, WorkOrderEventKind.Rated, -1.5, reason: "不满意");
            Event(o5, WorkOrderEventKind.Rated, -0.5, reason: "基本满意");

            Order("A1", m1, ProblemCategory.Other, WorkOrderStatus.Cancelled, acceptDue: -5);

            var o7 = Order("A1", m1, ProblemCategory.Sanitation, WorkOrderStatus.Resolved, acceptDue: -240, createdAt: -288);
            Event(o7, WorkOrderEventKind.Accepted, -241, m1);
            o7.AcceptedAt = H(-241);
            (o7.ResolveDueAt, o7.ResolvedAt) = (H(24), H(-1));

            var o8 = Order("A1", m3, ProblemCategory.RepairsProperty, WorkOrderStatus.Assigned, acceptDue: -2);
            // Accepted by 李一, then routed to 张三, who has not accepted it (routing clears AcceptedAt).
            Event(o8, WorkOrderEventKind.Accepted, -20, m1);
            await db.SaveChangesAsync();
        });
        return world;
    }
}
