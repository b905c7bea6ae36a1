using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>花名册: check first (every problem by row and column, in Chinese, nothing written), then import; CSV and .xlsx; samples; group bindings.</summary>
public sealed partial class ConsoleRostersTests
{
    private const string Page = "/console/rosters";
    private const string Header = "community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group";

    [Fact]
    public async Task Check_ShowsEveryProblemByRowAndColumnInChinese_AndWritesNothing_WhenARowIsBad()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);
        var csv = $"{Header}\n幸福里社区,XF09,新苑,1,1幢,2,,\n幸福里社区,XF09,新苑,2,2幢,abc,,\n";

        using var response = await admin.PostFileAsync(Page, Page + "?handler=Check", new() { ["Kind"] = "buildings" }, "Upload", "buildings.csv", Encoding.UTF8.GetBytes(csv));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("有 1 个问题", page, StringComparison.Ordinal);
        Assert.Matches("<td>第 3 行</td><td>单元数（units）</td><td>“abc”不是 1 到 50 之间的单元数</td>", page);
        Assert.Contains("未写入任何数据", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Import", page, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(factory, db => db.Compounds.AnyAsync(c => c.Code == "XF09")));
        Assert.Equal("1 个问题，未写入", await WithStaffDbAsync(factory, db => db.AuditEntries.Where(a => a.Action == "检查花名册").Select(a => a.After).SingleAsync()));
    }

    [Fact]
    public async Task Import_WritesTheCheckedXlsxFirstSheet_OnlyWhenConfirmed_AndTheNewBuildingShowsWithoutAGroup()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);
        var xlsx = Workbook(new Dictionary<string, object>
        {
            ["community"] = "幸福里社区", ["compound_code"] = "XF09", ["compound_name"] = "新苑", ["building_code"] = 1, ["building_name"] = "1幢", ["units"] = 2,
        });

        using var checkedResponse = await admin.PostFileAsync(Page, Page + "?handler=Check", new() { ["Kind"] = "buildings" }, "Upload", "新苑.xlsx", xlsx);
        var checkedPage = await checkedResponse.Content.ReadAsStringAsync();
        var writtenAtCheck = await WithDbAsync(factory, db => db.Compounds.AnyAsync(c => c.Code == "XF09"));
        var token = WebUtility.HtmlDecode(CheckedValue().Match(checkedPage).Groups[1].Value);
        using var imported = await admin.PostFormAsync(Page, Page + "?handler=Import",
            new() { ["Kind"] = "buildings", ["FileName"] = "新苑.xlsx", ["Checked"] = token });
        var importedPage = await imported.Content.ReadAsStringAsync();

        Assert.Contains("检查通过", checkedPage, StringComparison.Ordinal);
        Assert.Contains("导入将新增 4 条、更新 0 条记录", checkedPage, StringComparison.Ordinal); // the compound, its building and two units
        Assert.False(writtenAtCheck);
        Assert.Contains("已导入小区与楼栋：共 1 行，新增 4 条、更新 0 条记录", importedPage, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(factory, db => db.Buildings.CountAsync(b => b.Compound!.Code == "XF09" && b.Units.Count == 2)));
        Assert.Matches("<td>新苑（XF09）</td><td>1幢（1）</td>", await admin.PageAsync(Page));
        var actions = await WithStaffDbAsync(factory, db => db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["检查花名册", "导入花名册"], actions.Where(a => a.Contains("花名册", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("residents", "room")]
    [InlineData("groups", "chat_id")]
    public async Task Samples_DownloadAsCsvAndXlsx_WithTheColumnsTheImporterReads(string kind, string column)
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);

        var csv = await admin.Http.GetStringAsync(new Uri($"{Page}?handler=Sample&kind={kind}", UriKind.Relative));
        var xlsx = await admin.Http.GetByteArrayAsync(new Uri($"{Page}?handler=Sample&kind={kind}&format=xlsx", UriKind.Relative));
        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var header = rows[0].Values.Select(v => v?.ToString()).ToList();

        Assert.Contains(column, csv.Split('\n')[0].Split(','));
        Assert.Equal(csv.Split('\n')[0].Trim().Split(','), header);
        Assert.Equal(csv.Trim().Split('\n').Length, rows.Count);
    }

    [Fact]
    public async Task SampleXlsx_PassesTheCheck_AsStaffWouldUploadItBack()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await AdminAsync(factory);
        var xlsx = await admin.Http.GetByteArrayAsync(new Uri($"{Page}?handler=Sample&kind=buildings&format=xlsx", UriKind.Relative));

        using var response = await admin.PostFileAsync(Page, Page + "?handler=Check", new() { ["Kind"] = "buildings" }, "Upload", "buildings.xlsx", xlsx);

        Assert.Contains("检查通过", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.GridLeader, "sim-gm01")]
    [InlineData(StaffRoles.GridMember, "sim-gm02")]
    [InlineData(StaffRoles.ReadOnly, null)]
    public async Task Rosters_AreClosed_ToEveryoneButACommunityAdmin(string role, string? gridMember)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = await SignedInAsync(factory, "某人", role, gridMember);

        using var page = await client.Http.GetAsync(new Uri(Page, UriKind.Relative));
        using var sample = await client.Http.GetAsync(new Uri($"{Page}?handler=Sample&kind=buildings", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (page.StatusCode, sample.StatusCode));
        Assert.DoesNotContain(Page, await client.PageAsync("/console"), StringComparison.Ordinal);
    }

    private static byte[] Workbook(Dictionary<string, object> row)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { row });
        return stream.ToArray();
    }

    [GeneratedRegex("name=\"Checked\" value=\"([^\"]+)\"")]
    private static partial Regex CheckedValue();
}
