using System.Text;
using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Import;

/// <summary>The residents file's optional floor_area column (建筑面积, for owners' votes).</summary>
public class FloorAreaImportTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static async Task<ImportResult> ImportAsync(CommunityDatabase database, RosterKind kind, string csv)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_RecordsTheFloorArea_WhenTheColumnIsThere_AndKeepsItWhenALaterFileHasNone(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings)).Succeeded);
        const string withArea = """
            compound_code,building_code,unit,room,name,floor_area
            XF01,1,1,101,张秀英,89.5
            XF01,1,1,102,,120
            """;

        Assert.True((await ImportAsync(database, RosterKind.Residents, withArea)).Succeeded);
        Assert.True((await ImportAsync(database, RosterKind.Residents, RosterFiles.Residents)).Succeeded);

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var areas = await db.Households.Where(h => h.Unit!.Number == 1 && h.Unit.Building!.Code == "1").OrderBy(h => h.Room)
            .Select(h => new { h.Room, h.FloorArea }).ToListAsync();
        Assert.Equal([("101", (decimal?)89.5m), ("102", 120m)], areas.Select(a => (a.Room, a.FloorArea)));
    }

    [Fact]
    public async Task Import_NamesTheCell_WhenTheFloorAreaIsNotAnArea()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        const string csv = """
            compound_code,building_code,unit,room,name,floor_area
            XF01,1,1,101,张秀英,大约九十
            XF01,1,1,102,,-3
            XF01,1,1,103,,89.555
            """;

        var result = await ImportAsync(database, RosterKind.Residents, csv);

        Assert.Equal([(2, "floor_area"), (3, "floor_area"), (4, "floor_area")], result.Problems.Select(p => (p.Row, p.Column)));
    }
}
