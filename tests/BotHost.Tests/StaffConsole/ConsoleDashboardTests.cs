using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The 三率 page of the demo community, scoped by role: a grid leader sees their grid only, an admin every grid.</summary>
public sealed partial class ConsoleDashboardTests
{
    private const string NewPassword = "xingfuli2026";

    [Fact]
    public async Task Dashboard_ShowsOnlyTheirGrid_ToAGridLeader()
    {
        await using var factory = BotHostFactory.Embedded();
        await ReportInEveryGridAsync(factory);
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync("王建华", oneTime, NewPassword);

        var page = await client.PageAsync("/console");
        var byGrid = GridRows(page);

        Assert.Equal([("幸福家园网格", "1")], byGrid);
        Assert.Contains("幸福家园网格", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"grid\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsEveryGrid_ToACommunityAdmin_AndNarrowsToOneOnRequest()
    {
        await using var factory = BotHostFactory.Embedded();
        await ReportInEveryGridAsync(factory);
        var oneTime = await ConsoleClient.AddStaffAsync(factory, "王主任", StaffRoles.Admin);
        using var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync("王主任", oneTime, NewPassword);

        var all = GridRows(await client.PageAsync("/console"));
        var gridId = await WithDbAsync(factory, db => db.Grids.Where(g => g.Code == "G02").Select(g => g.Id).SingleAsync());
        var one = GridRows(await client.PageAsync($"/console?period=month&grid={gridId}"));

        Assert.Equal(3, all.Count);
        Assert.Single(one);
    }

    private static List<(string Grid, string Count)> GridRows(string page)
    {
        var table = GridTable().Match(page).Groups[1].Value;
        return [.. Row().Matches(table).Select(m => (WebUtilityDecode(m.Groups[1].Value), m.Groups[2].Value))];
    }

    private static string WebUtilityDecode(string text) => System.Net.WebUtility.HtmlDecode(text);

    /// <summary>One order in a building of each grid of the demo community, reported now.</summary>
    private static async Task ReportInEveryGridAsync(BotHostFactory factory)
    {
        var buildings = await WithDbAsync(factory, db => db.Buildings.Where(b => b.GridId != null)
            .GroupBy(b => b.GridId).Select(g => g.Min(b => b.Id)).ToListAsync());
        foreach (var building in buildings)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
            {
                SourceKey = $"console-test-{building}", BuildingId = building, Category = ProblemCategory.Sanitation,
                Description = "垃圾没有清运", Actor = WorkOrderActor.Admin("测试"),
            }, default);
            Assert.True(outcome.Succeeded);
        }
    }

    private static async Task<T> WithDbAsync<T>(BotHostFactory factory, Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    [GeneratedRegex("<table id=\"by-grid\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex GridTable();

    [GeneratedRegex("<tr><td>([^<]*)</td><td>(\\d+)</td></tr>")]
    private static partial Regex Row();
}
