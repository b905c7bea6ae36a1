using System.Net;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The 工单台: the queue scoped by role, and the order page's actions through the domain services, each audited.</summary>
public sealed class ConsoleOrdersTests
{
    [Fact]
    public async Task Desk_ListsOnlyTheirGridsOrders_ToAGridLeader_AndFindsByBuilding()
    {
        await using var factory = BotHostFactory.Embedded();
        var mine = await ReportAsync(factory, "XF02", "1", "楼道堆满垃圾");
        var elsewhere = await ReportAsync(factory, "XF01", "3");
        using var leader = await SignedInAsync(factory, "张志强", StaffRoles.GridLeader, "sim-gm03");

        var open = await leader.PageAsync("/console/orders");
        var searched = await leader.PageAsync("/console/orders?tab=all&q=" + Uri.EscapeDataString("和平里1幢"));
        using var hidden = await leader.Http.GetAsync(new Uri($"/console/orders/{elsewhere}", UriKind.Relative));

        Assert.Contains(mine, open, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere, open, StringComparison.Ordinal);
        Assert.Contains(mine, searched, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Transfer_MovesTheOrder_AndWritesBeforeAndAfterToTheAuditLog()
    {
        await using var factory = BotHostFactory.Embedded();
        var number = await ReportAsync(factory, "XF01", "3");
        var before = (await OrderAsync(factory, number)).Assignee!.Name;
        var target = await MemberIdAsync(factory, "sim-gm04");
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostFormAsync($"/console/orders/{number}", $"/console/orders/{number}?handler=Assign",
            new Dictionary<string, string> { ["MemberId"] = $"{target}", ["Reason"] = "刘芳熟悉这栋楼" });
        var order = await OrderAsync(factory, number);
        var entry = await WithStaffDbAsync(factory, db => db.AuditEntries.SingleAsync(a => a.Action == "派单"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("刘芳", order.Assignee?.Name);
        Assert.Equal((WorkOrderEventKind.Transferred, "刘芳熟悉这栋楼", "王主任"), (order.Events[^1].Kind, order.Events[^1].Reason, order.Events[^1].ActorName));
        Assert.Equal(($"工单 {number}", $"已派单，负责人：{before}"), (entry.Target, entry.Before));
        Assert.Equal("已派单，负责人：刘芳；原因：刘芳熟悉这栋楼", entry.After);
    }

    [Fact]
    public async Task GridMember_ActsOnTheirOwnOrder_AndOnlyReadsAColleaguesOrder()
    {
        await using var factory = BotHostFactory.Embedded();
        var own = await ReportAsync(factory, "XF02", "1");
        var colleagues = await ReportAsync(factory, "XF02", "2", "楼上吵架", category: ProblemCategory.NeighbourDispute);
        using var member = await SignedInAsync(factory, "刘芳", StaffRoles.GridMember, "sim-gm04");

        using var noted = await member.PostFormAsync($"/console/orders/{own}", $"/console/orders/{own}?handler=Note",
            new Dictionary<string, string> { ["Reason"] = "已联系保洁" });
        var readable = await member.PageAsync($"/console/orders/{colleagues}");
        using var refused = await member.PostFormAsync($"/console/orders/{colleagues}", $"/console/orders/{colleagues}?handler=Note",
            new Dictionary<string, string> { ["Reason"] = "越权备注" });

        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal((WorkOrderEventKind.Noted, "刘芳"), ((await OrderAsync(factory, own)).Events[^1].Kind, (await OrderAsync(factory, own)).Events[^1].ActorName));
        Assert.DoesNotContain("note-form", readable, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain((await OrderAsync(factory, colleagues)).Events, e => e.Kind == WorkOrderEventKind.Noted);
    }

    [Fact]
    public async Task CloseAsDuplicate_ClosesTheOrder_AndItsReporterJoinsTheOriginal()
    {
        await using var factory = BotHostFactory.Embedded();
        var first = await ResidentIdAsync(factory, "sim-r0001");
        var second = await ResidentIdAsync(factory, "sim-r0002");
        var original = await ReportAsync(factory, "XF01", "1", "路灯不亮", reporterId: first);
        var duplicate = await ReportAsync(factory, "XF01", "1", "门口路灯坏了", reporterId: second);
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostFormAsync($"/console/orders/{duplicate}", $"/console/orders/{duplicate}?handler=Duplicate",
            new Dictionary<string, string> { ["Original"] = original.ToLowerInvariant(), ["Reason"] = "同一盏路灯" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(WorkOrderStatus.Closed, (await OrderAsync(factory, duplicate)).Status);
        Assert.Contains((await OrderAsync(factory, original)).Reporters, r => r.ResidentId == second);
    }

    [Fact]
    public async Task Actions_ShowTheRefusalInChinese_WhenTheOrderSaysNo()
    {
        await using var factory = BotHostFactory.Embedded();
        var number = await ReportAsync(factory, "XF01", "1");
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostFormAsync($"/console/orders/{number}", $"/console/orders/{number}?handler=Duplicate",
            new Dictionary<string, string> { ["Original"] = number, ["Reason"] = "重复" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"工单 {number} 不能与自己合并", page, StringComparison.Ordinal);
        Assert.True((await OrderAsync(factory, number)).IsOpen);
    }

    [Fact]
    public async Task ReadOnly_SeesTheOrderWithoutActions_AndCannotPost()
    {
        await using var factory = BotHostFactory.Embedded();
        var number = await ReportAsync(factory, "XF01", "1");
        using var reader = await SignedInAsync(factory, "街道办", StaffRoles.ReadOnly);

        var page = await reader.PageAsync($"/console/orders/{number}");
        using var refused = await reader.PostFormAsync($"/console/orders/{number}", $"/console/orders/{number}?handler=Note",
            new Dictionary<string, string> { ["Reason"] = "只读也想备注" });

        Assert.Contains("处理记录", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"action\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"note-form\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain((await OrderAsync(factory, number)).Events, e => e.Kind == WorkOrderEventKind.Noted);
    }
}
