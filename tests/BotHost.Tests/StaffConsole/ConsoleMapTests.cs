using System.Net;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Map;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The 村情图: figures per building counted in the database, scoped by role; the building page masks phones and audits each reveal.</summary>
public sealed class ConsoleMapTests
{
    [Fact]
    public async Task BuildingsAsync_CountsOpenOverdueAndUrgentOrders_PerBuilding()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await ReportAsync(factory, "XF01", "3");
        await ReportAsync(factory, "XF01", "3");
        clock.Advance(TimeSpan.FromDays(3));
        await ReportAsync(factory, "XF01", "3");
        await ReportAsync(factory, "XF02", "1", urgency: Urgency.Emergency);

        await using var scope = factory.Services.CreateAsyncScope();
        var tiles = await scope.ServiceProvider.GetRequiredService<CommunityMapQuery>().BuildingsAsync(null, default);

        var three = tiles.Single(t => t.CompoundName == "幸福家园" && t.Name == "3幢");
        var heping = tiles.Single(t => t.CompoundName == "和平里" && t.Name == "1幢");
        var calm = tiles.Single(t => t.CompoundName == "幸福家园" && t.Name == "1幢");
        var households = await WithDbAsync(factory, db => db.Households.CountAsync(h => h.Unit!.BuildingId == calm.Id));
        var bound = await WithDbAsync(factory, db => db.Residents.CountAsync(r => r.Household!.Unit!.BuildingId == calm.Id && r.ChannelUserId != null));
        Assert.Equal(12, tiles.Count);
        Assert.Equal((3, 2, "overdue"), (three.OpenOrders, three.Overdue, three.Level));
        Assert.Equal((1, 0, 1, "urgent"), (heping.OpenOrders, heping.Overdue, heping.Urgent, heping.Level));
        Assert.Equal((0, "calm", households, bound, true), (calm.OpenOrders, calm.Level, calm.Households, calm.BoundResidents, calm.GroupBound));
        Assert.True(households > 0 && bound > 0);
    }

    [Fact]
    public async Task Map_ShowsOnlyTheirGridsBuildings_ToAGridLeader()
    {
        await using var factory = BotHostFactory.Embedded();
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");
        var other = await BuildingIdAsync(factory, "XF02", "1");

        var page = await leader.PageAsync("/console/map");
        using var otherBuilding = await leader.Http.GetAsync(new Uri($"/console/map/{other}", UriKind.Relative));

        Assert.Equal(6, CountOf(page, "class=\"tile "));
        Assert.DoesNotContain("和平里", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherBuilding.StatusCode);
    }

    [Fact]
    public async Task Building_MasksPhones_AndRevealsOneToAnAdmin_WritingTheRevealToTheAuditLog()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);
        var building = await BuildingIdAsync(factory, "XF01", "1");
        var resident = await ResidentIdAsync(factory, "sim-r0001");

        var masked = await admin.PageAsync($"/console/map/{building}");
        using var revealed = await admin.PostFormAsync($"/console/map/{building}", $"/console/map/{building}?handler=Reveal",
            new Dictionary<string, string> { ["residentId"] = $"{resident}" });
        var page = await revealed.Content.ReadAsStringAsync();
        var audit = await WithStaffDbAsync(factory, db => db.AuditEntries.Where(a => a.Action == "查看居民电话").ToListAsync());

        Assert.Contains("138****0001", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", masked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains("<span class=\"revealed\">13800000001</span>", page, StringComparison.Ordinal);
        var entry = Assert.Single(audit);
        Assert.Contains("蒋婷", entry.Target, StringComparison.Ordinal);
        Assert.Equal(("王主任（社区管理员）", TestPeer.Remote), (entry.Actor, entry.Address));
        Assert.DoesNotContain("0000001", string.Join("|", entry.Target, entry.Before, entry.After, entry.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_IsRefused_ToAGridLeader_WhoSeesMaskedPhonesOnly()
    {
        await using var factory = BotHostFactory.Embedded();
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");
        var building = await BuildingIdAsync(factory, "XF01", "1");
        var resident = await ResidentIdAsync(factory, "sim-r0001");

        var page = await leader.PageAsync($"/console/map/{building}");
        using var reveal = await leader.PostFormAsync($"/console/map/{building}", $"/console/map/{building}?handler=Reveal",
            new Dictionary<string, string> { ["residentId"] = $"{resident}" });

        Assert.Contains("138****0001", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Reveal", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reveal.StatusCode);
        Assert.DoesNotContain("13800000001", await reveal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
