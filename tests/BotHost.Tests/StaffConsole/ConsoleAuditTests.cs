using System.Net;
using System.Text;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Audit;
using Microsoft.EntityFrameworkCore;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The audit log: changes through the admin API and the console are recorded without secrets; 社区管理员 read and export it.</summary>
public sealed class ConsoleAuditTests
{
    private const string AdminKey = "audit-test-key";

    [Fact]
    public async Task AdminApi_Change_IsRecordedWithTheAdminKeyAsActor_AndTheCallersAddress()
    {
        await using var factory = BotHostFactory.Embedded(("Admin:ApiKey", AdminKey));
        var number = await ReportAsync(factory, "XF01", "1");
        using var http = TestPeer.Client(factory.CreateClient(), TestPeer.Remote, AdminKey);
        using var body = new StringContent("""{"reason":"居民再次反映"}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri($"/admin/work-orders/{number}/reopen", UriKind.Relative), body);
        var entry = await WithStaffDbAsync(factory, db => db.AuditEntries.SingleAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(("admin key", TestPeer.Remote, "POST", 409), (entry.Actor, entry.Address, entry.Method, entry.Status));
        Assert.Equal(("重新打开（未成功）", $"工单 {number}"), (entry.Action, entry.Target));
        Assert.StartsWith("Assigned", entry.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCaller_WritesNothing()
    {
        await using var factory = BotHostFactory.Embedded(("Admin:ApiKey", AdminKey));
        using var http = TestPeer.Client(factory.CreateClient(), TestPeer.Remote);
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("/admin/work-orders/WO-20990101-0001/reopen", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await WithStaffDbAsync(factory, db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task PasswordChange_IsRecorded_WithoutThePassword()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);

        var entries = await WithStaffDbAsync(factory, db => db.AuditEntries.ToListAsync());

        var entry = Assert.Single(entries, e => e.Path == "/console/password");
        Assert.Equal("王主任（社区管理员）", entry.Actor);
        Assert.DoesNotContain(entries, e => $"{e.Action}{e.Target}{e.Before}{e.After}{e.Path}".Contains(NewPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditCsv_NeutralisesFormulaCells_ForACommunityAdmin()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);
        await WithStaffDbAsync(factory, async db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTimeOffset.UtcNow, Actor = "@SUM(1+1)", Method = "POST", Path = "/admin/x", Status = 200, Action = "=HYPERLINK(\"http://evil\")",
                Target = "+1", Before = "-2", After = "正常",
            });
            return await db.SaveChangesAsync();
        });

        var page = await admin.PageAsync("/console/audit");
        using var csv = await admin.Http.GetAsync(new Uri("/console/audit?handler=Csv", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();

        Assert.Contains("HYPERLINK", page, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'@SUM(1+1)", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.Contains(",\"'+1\",\"'-2\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.GridLeader, "sim-gm01")]
    [InlineData(StaffRoles.ReadOnly, null)]
    public async Task AuditLog_IsClosed_ToEveryoneButACommunityAdmin(string role, string? gridMember)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = await SignedInAsync(factory, "某人", role, gridMember);

        using var page = await client.Http.GetAsync(new Uri("/console/audit", UriKind.Relative));
        using var csv = await client.Http.GetAsync(new Uri("/console/audit?handler=Csv", UriKind.Relative));
        var dashboard = await client.PageAsync("/console");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (page.StatusCode, csv.StatusCode));
        Assert.DoesNotContain("/console/audit", dashboard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("请回电 13800000001", "请回电 138****0001")]
    [InlineData("座机 0571-87654321", "座机 057******4321")]
    [InlineData("身份证 11010519491231002X", "身份证 110***********002X")]
    [InlineData("工单 WO-20261130-0001", "工单 WO-20261130-0001")]
    public void Scrub_MasksPhonesAndIdNumbers_ButNotOrderNumbers(string text, string expected) =>
        Assert.Equal(expected, AuditTrail.Scrub(text));
}
