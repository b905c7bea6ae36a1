using System.IO.Compression;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The 三率 dashboard's charts and its .xlsx export: the same figures, scoped by role, with formula-safe cells.</summary>
public sealed class ConsoleDashboardExportTests
{
    private const string NewPassword = "xingfuli2026";

    [Fact]
    public async Task Export_GivesTheFiguresAsSheets_WithAGridNameThatLooksLikeAFormulaQuoted()
    {
        await using var factory = BotHostFactory.Embedded();
        await WithDbAsync(factory, db => db.Grids.Where(g => g.Code == "G02").ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, "=HYPERLINK(\"http://evil\")")));
        await ReportInEveryGridAsync(factory);
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        var bytes = await admin.Http.GetByteArrayAsync(new Uri("/console?handler=Xlsx&period=month", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var sheets = MiniExcel.GetSheetNames(stream);
        var byGrid = Rows(stream, "按网格");
        var byCategory = Rows(stream, "按类别");
        var byWeek = Rows(stream, "按周");

        Assert.Equal(["三率", "按类别", "按网格", "按周"], sheets);
        Assert.Equal(3, byGrid.Count);
        Assert.Contains(byGrid, r => (string)r["网格"]! == "'=HYPERLINK(\"http://evil\")");
        Assert.Equal([("环境卫生", 3.0)], byCategory.Select(r => ((string)r["类别"]!, Convert.ToDouble(r["工单数"], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(3, byWeek.Sum(r => Convert.ToDouble(r["工单数"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("<x:f>", SheetXml(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", SheetXml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ChartsAndExport_CoverOnlyTheirGrid_ForAGridLeader()
    {
        await using var factory = BotHostFactory.Embedded();
        await ReportInEveryGridAsync(factory);
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");

        var page = await leader.PageAsync("/console");
        using var stream = new MemoryStream(await leader.Http.GetByteArrayAsync(new Uri("/console?handler=Xlsx", UriKind.Relative)));

        Assert.Contains("data-chart=\"pie\"", page, StringComparison.Ordinal);
        Assert.Contains("/console/vendor/echarts.min.js", page, StringComparison.Ordinal);
        Assert.Contains("&quot;幸福家园网格&quot;", page, StringComparison.Ordinal);
        Assert.Equal(["幸福家园网格"], Rows(stream, "按网格").Select(r => (string)r["网格"]!));
    }

    private static List<IDictionary<string, object?>> Rows(MemoryStream stream, string sheet)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }

    private static string SheetXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    private static async Task ReportInEveryGridAsync(BotHostFactory factory)
    {
        var buildings = await WithDbAsync(factory, db => db.Buildings.Where(b => b.GridId != null).GroupBy(b => b.GridId).Select(g => g.Min(b => b.Id)).ToListAsync());
        foreach (var building in buildings)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
            {
                SourceKey = $"export-test-{building}", BuildingId = building, Category = ProblemCategory.Sanitation,
                Description = "垃圾没有清运", Actor = WorkOrderActor.Admin("测试"),
            }, default);
            Assert.True(outcome.Succeeded);
        }
    }

    private static async Task<ConsoleClient> SignedInAsync(BotHostFactory factory, string name, string role, string? gridMember = null)
    {
        var oneTime = await ConsoleClient.AddStaffAsync(factory, name, role, gridMember);
        var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync(name, oneTime, NewPassword);
        return client;
    }

    private static async Task<T> WithDbAsync<T>(BotHostFactory factory, Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }
}
