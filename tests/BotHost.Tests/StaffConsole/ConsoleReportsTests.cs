using System.Globalization;
using System.Net;
using System.Text;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;
using BuildingBot.Community.Volunteering;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>
/// 报表导出 and the monthly report: three orders with known outcomes (two in 幸福家园网格, one in 和平里第一网格) whose
/// descriptions look like formulas, and a volunteer day; exported as .xlsx and CSV, read back and checked by hand.
/// </summary>
public sealed class ConsoleReportsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static readonly string[] AttendanceColumns = ["已报名", "候补", "已取消", "已签到", "签到率(%)"];

    private static string Period
    {
        get
        {
            var today = CommunityTimeZone.Default.Today(Now);
            return $"from={today.AddDays(-3):yyyy-MM-dd}&to={today.AddDays(3):yyyy-MM-dd}";
        }
    }

    [Fact]
    public async Task OrdersExport_ListsTheOrdersWithFormulasQuotedAndPhonesShown_ToAnAdmin()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var admin = await AdminAsync(factory);

        var rows = Rows(await admin.Http.GetByteArrayAsync(new Uri($"/console/reports?handler=Orders&{Period}", UriKind.Relative)), "工单");
        var audit = await WithStaffDbAsync(factory, db => db.AuditEntries.Where(a => a.Method == "GET").ToListAsync());

        Assert.Equal(3, rows.Count);
        var first = Assert.Single(rows, r => (string)r["类别"]! == "环境卫生" && (string)r["网格"]! == "幸福家园网格");
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"点我\")", first["问题描述"]);
        Assert.Equal(("已关闭", "满意", "蒋婷", "13800000001"), ((string)first["状态"]!, (string)first["评价"]!, (string)first["报事人"]!, (string)first["报事人电话"]!));
        Assert.Contains(rows, r => (string)r["问题描述"]! == "'-2+3 楼道灯不亮");
        Assert.Contains(rows, r => (string)r["问题描述"]! == "'@所有人 垃圾没人收");
        var entry = Assert.Single(audit);
        Assert.Equal("导出工单（含居民电话）", entry.Action);
        Assert.DoesNotContain("13800000001", entry.After ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdersCsv_HoldsOnlyTheirGridWithPhonesMasked_ForAGridLeader_AndHonoursTheStatusFilter()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");

        var bytes = await leader.Http.GetByteArrayAsync(new Uri($"/console/reports?handler=Orders&format=csv&{Period}", UriKind.Relative));
        var csv = Encoding.UTF8.GetString(bytes);
        var open = await leader.Http.GetStringAsync(new Uri($"/console/reports?handler=Orders&format=csv&status=Accepted&{Period}", UriKind.Relative));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("138****0001", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("和平里第一网格", csv, StringComparison.Ordinal);
        Assert.Equal(2, open.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("'-2+3 楼道灯不亮", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RatesExport_GivesTheHandComputedRatesByGridMemberCategoryAndMonth()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var admin = await AdminAsync(factory);

        var bytes = await admin.Http.GetByteArrayAsync(new Uri($"/console/reports?handler=Rates&{Period}", UriKind.Relative));
        var csv = await admin.Http.GetStringAsync(new Uri($"/console/reports?handler=Rates&format=csv&by=category&{Period}", UriKind.Relative));

        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(["按网格", "按网格员", "按类别", "按月"], MiniExcel.GetSheetNames(stream));
        }

        Assert.Equal(
            [("幸福家园网格", "1/2 1/2 1/1 2"), ("和平里第一网格", "0/1 0/0 0/0 1")],
            Rows(bytes, "按网格").Select(r => ((string)r["网格"]!, Figures(r))).OrderByDescending(r => r.Item2, StringComparer.Ordinal));
        Assert.Equal(
            [("张志强", "0/1 0/0 0/0 1"), ("王建华", "1/2 1/2 1/1 2")],
            Rows(bytes, "按网格员").Select(r => ((string)r["网格员"]!, Figures(r))).OrderBy(r => r.Item1, StringComparer.Ordinal));
        Assert.Equal(50.0, Convert.ToDouble(Rows(bytes, "按网格员").Single(r => (string)r["网格员"]! == "王建华")["及时受理率(%)"], CultureInfo.InvariantCulture));
        Assert.Equal("1/3 1/2 1/1 3", Rows(bytes, "按月").Select(Figures).Aggregate(Sum));
        Assert.StartsWith("类别,及时受理率(%),及时受理,应受理", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("环境卫生,50,1,2,100,1,1,100,1,1,2", csv, StringComparison.Ordinal);
        Assert.Contains("物业维修,0,0,1,0,0,1,,0,0,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttendanceExport_CountsSignUpsAndCheckIns_InTheCallersScope()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var admin = await AdminAsync(factory);
        using var other = await SignedInAsync(factory, "张志强", StaffRoles.GridLeader, "sim-gm03");

        var all = Rows(await admin.Http.GetByteArrayAsync(new Uri($"/console/reports?handler=Attendance&{Period}", UriKind.Relative)), "志愿服务出勤");
        var theirs = await other.Http.GetStringAsync(new Uri($"/console/reports?handler=Attendance&format=csv&{Period}", UriKind.Relative));

        var row = Assert.Single(all);
        Assert.Equal("'=紅色星期天", row["活动"]);
        Assert.Equal("2 1 0 1 50", string.Join(' ', AttendanceColumns.Select(c => Convert.ToDouble(row[c], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))));
        Assert.Contains("'=紅色星期天", theirs, StringComparison.Ordinal);
        Assert.Contains(",0,0,0,0,", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyReport_ShowsTheRatesWithDefinitions_InSectionsThatPrintOnePerPage()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var reader = await SignedInAsync(factory, "赵科长", StaffRoles.ReadOnly);
        var month = CommunityTimeZone.Default.Local(Now.AddHours(-6)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var page = WebUtility.HtmlDecode(await reader.PageAsync($"/console/reports/monthly?month={month}"));
        var fallback = await reader.PageAsync("/console/reports/monthly?month=not-a-month");
        var css = await reader.PageAsync("/console/console.css");

        Assert.Equal(5, page.Split("class=\"report-section\"").Length - 1);
        Assert.Contains("口径：在接单时限内被承办网格员接单的工单数", page, StringComparison.Ordinal);
        Assert.Contains("<td>王建华</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-print", page, StringComparison.Ordinal);
        Assert.Contains("社区治理月报", fallback, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", css, StringComparison.Ordinal);
        Assert.Contains(".monthly-report .report-section + .report-section { break-before: page;", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsPage_ShowsTheirGridOnly_AndNoGridChoice_ToAGridMember()
    {
        await using var factory = BotHostFactory.Embedded();
        await SeedAsync(factory);
        using var member = await SignedInAsync(factory, "刘芳", StaffRoles.GridMember, "sim-gm04");

        var page = WebUtility.HtmlDecode(await member.PageAsync($"/console/reports?{Period}&grid=999"));

        Assert.Contains("和平里第一网格", page, StringComparison.Ordinal);
        Assert.DoesNotContain("幸福家园网格", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"grid\"", page, StringComparison.Ordinal);
    }

    private static string Figures(IDictionary<string, object?> row)
    {
        int N(string column) => Convert.ToInt32(row[column], CultureInfo.InvariantCulture);
        return $"{N("及时受理")}/{N("应受理")} {N("按期办结")}/{N("应办结")} {N("满意")}/{N("评价数")} {N("新报工单")}";
    }

    private static string Sum(string a, string b)
    {
        var x = a.Split(' ', '/').Select(int.Parse).ToArray();
        var y = b.Split(' ', '/').Select(int.Parse).ToArray();
        var s = x.Zip(y, (p, q) => p + q).ToArray();
        return $"{s[0]}/{s[1]} {s[2]}/{s[3]} {s[4]}/{s[5]} {s[6]}";
    }

    private static List<IDictionary<string, object?>> Rows(byte[] bytes, string sheet)
    {
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }

    /// <summary>
    /// 1: 幸福家园网格, 王建华, 环境卫生, accepted and resolved in time, rated 满意; 2: same grid and member, 物业维修, accepted late,
    /// overdue; 3: 和平里第一网格, 张志强, 环境卫生, past its accept deadline. A volunteer day with two confirmed (one checked
    /// in) and one waiting, all from 幸福家园.
    /// </summary>
    private static async Task SeedAsync(BotHostFactory factory)
    {
        DateTimeOffset H(double hours) => Now.AddHours(hours);
        await WithDbAsync(factory, async db =>
        {
            var b1 = await db.Buildings.SingleAsync(b => b.Compound!.Code == "XF01" && b.Code == "1");
            var b2 = await db.Buildings.SingleAsync(b => b.Compound!.Code == "XF02" && b.Code == "1");
            var leader = await db.GridMembers.SingleAsync(m => m.ChannelUserId == "sim-gm01");
            var other = await db.GridMembers.SingleAsync(m => m.ChannelUserId == "sim-gm03");
            var residents = await db.Residents.Where(r => r.Household!.Unit!.BuildingId == b1.Id && r.ChannelUserId != null).OrderBy(r => r.Id).Take(3).ToListAsync();
            var n = 0;
            WorkOrder Order(Building building, GridMember member, ProblemCategory category, WorkOrderStatus status, string text)
            {
                n++;
                var order = new WorkOrder
                {
                    Number = $"WO-REPORT-{n}", SourceKey = $"report-{n}", Description = text, Category = category, Status = status, BuildingId = building.Id,
                    GridId = building.GridId, AssigneeId = member.Id, CreatedAt = H(-24), UpdatedAt = Now, PhaseStartedAt = H(-24), AcceptDueAt = H(-5),
                };
                db.WorkOrders.Add(order);
                return order;
            }

            void Event(WorkOrder order, WorkOrderEventKind kind, double at, int? toMember = null, string? reason = null) =>
                order.Events.Add(new WorkOrderEvent { Kind = kind, At = H(at), ActorName = "测试", ToMemberId = toMember, Reason = reason });

            var o1 = Order(b1, leader, ProblemCategory.Sanitation, WorkOrderStatus.Closed, "=HYPERLINK(\"http://evil\",\"点我\")");
            o1.ReporterId = residents[0].Id;
            Event(o1, WorkOrderEventKind.Accepted, -6, leader.Id);
            o1.AcceptedAt = H(-6);
            (o1.ResolveDueAt, o1.ResolvedAt, o1.Rating) = (H(-2), H(-3), WorkOrderRating.Satisfied);
            Event(o1, WorkOrderEventKind.Rated, -1, reason: "满意");
            var o2 = Order(b1, leader, ProblemCategory.RepairsProperty, WorkOrderStatus.Accepted, "-2+3 楼道灯不亮");
            Event(o2, WorkOrderEventKind.Accepted, -4, leader.Id);
            o2.AcceptedAt = H(-4);
            o2.ResolveDueAt = H(-1);
            var o3 = Order(b2, other, ProblemCategory.Sanitation, WorkOrderStatus.Assigned, "@所有人 垃圾没人收");
            o3.AcceptDueAt = H(-1);

            var activity = new VolunteerActivity { Title = "=紅色星期天", Place = "幸福家园", Cron = "0 9 * * 0", Capacity = 2, CreatedAt = Now, UpdatedAt = Now };
            var occurrence = new ActivityOccurrence { Activity = activity, StartsAt = H(-2), CheckInCode = "REPORTTEST" };
            occurrence.SignUps.Add(new VolunteerSignUp { ResidentId = residents[0].Id, Status = SignUpStatus.Confirmed, Sequence = 1, SignedUpAt = H(-48), CheckedInAt = H(-2) });
            occurrence.SignUps.Add(new VolunteerSignUp { ResidentId = residents[1].Id, Status = SignUpStatus.Confirmed, Sequence = 2, SignedUpAt = H(-47) });
            occurrence.SignUps.Add(new VolunteerSignUp { ResidentId = residents[2].Id, Status = SignUpStatus.Waiting, Sequence = 3, SignedUpAt = H(-46) });
            db.ActivityOccurrences.Add(occurrence);
            await db.SaveChangesAsync();
            return 0;
        });
    }
}
