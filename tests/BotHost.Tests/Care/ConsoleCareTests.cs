using System.Net;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.Care;

/// <summary>大脚板走访 page over HTTP: care tags set within the caller's reach only, and audited.</summary>
public sealed class ConsoleCareTests
{
    [Fact]
    public async Task Tags_AreSetByAGridLeaderInTheirGrid_AndRefusedForAnotherGridsHousehold()
    {
        await using var factory = BotHostFactory.Embedded();
        var (mine, theirs) = await WithDbAsync(factory, async db => (
            await HouseholdAsync(db, "XF01", "1", "101"), await HouseholdAsync(db, "XF02", "1", "101")));
        using var leader = await SignedInAsync(factory, "王建华", "网格长", "sim-gm01");

        using var set = await leader.PostFormAsync("/console/care", "/console/care?handler=Tags",
            new Dictionary<string, string> { ["householdId"] = $"{mine}", ["tags"] = "独居老人、低保" });
        using var refused = await leader.PostFormAsync("/console/care", "/console/care?handler=Tags",
            new Dictionary<string, string> { ["householdId"] = $"{theirs}", ["tags"] = "低保" });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["低保", "独居老人"], await WithDbAsync(factory, db => db.HouseholdCareTags.Where(t => t.HouseholdId == mine)
            .Select(t => t.CareTag!.Name).OrderBy(n => n).ToListAsync()));
        Assert.False(await WithDbAsync(factory, db => db.HouseholdCareTags.AnyAsync(t => t.HouseholdId == theirs)));
        var entry = await WithStaffDbAsync(factory, db => db.AuditEntries.SingleAsync(a => a.Action == "设置关爱标签"));
        Assert.Equal(("", "低保、独居老人"), (entry.Before ?? "", entry.After));
        Assert.Contains("幸福家园1幢1单元101", await leader.PageAsync("/console/care"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsTheVisitCoverageOfTheCallersGrid_NextToTheRates()
    {
        await using var factory = BotHostFactory.Embedded();
        var household = await WithDbAsync(factory, db => HouseholdAsync(db, "XF01", "1", "101"));
        using var leader = await SignedInAsync(factory, "王建华", "网格长", "sim-gm01");
        using var set = await leader.PostFormAsync("/console/care", "/console/care?handler=Tags",
            new Dictionary<string, string> { ["householdId"] = $"{household}", ["tags"] = "独居老人" });

        var dashboard = await leader.PageAsync("/console");

        var coverage = dashboard[dashboard.IndexOf("id=\"visit-coverage\"", StringComparison.Ordinal)..];
        Assert.Contains("大脚板走访覆盖", dashboard, StringComparison.Ordinal);
        Assert.Matches(@"<td>幸福家园网格</td><td>1</td><td>0</td><td>1</td><td>0</td>\s*<td>0.0%</td>", coverage);
        Assert.DoesNotContain("和平里", coverage, StringComparison.Ordinal);
    }

    private static Task<int> HouseholdAsync(CommunityDbContext db, string compound, string building, string room) =>
        db.Households.Where(h => h.Room == room && h.Unit!.Number == 1 && h.Unit.Building!.Code == building && h.Unit.Building.Compound!.Code == compound)
            .Select(h => h.Id).SingleAsync();
}
