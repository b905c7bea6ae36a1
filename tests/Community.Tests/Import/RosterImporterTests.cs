using System.Text;
using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Import;

public class RosterImporterTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static async Task<ImportResult> ImportAsync(CommunityDatabase database, RosterKind kind, string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        }

        return await ImportAsync(database, kind, bytes);
    }

    private static async Task<ImportResult> ImportAsync(CommunityDatabase database, RosterKind kind, byte[] bytes)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(kind, new MemoryStream(bytes));
    }

    private static async Task ImportAllAsync(CommunityDatabase database)
    {
        foreach (var (kind, csv) in new[]
        {
            (RosterKind.Buildings, RosterFiles.Buildings), (RosterKind.Residents, RosterFiles.Residents),
            (RosterKind.Grids, RosterFiles.Grids), (RosterKind.GridMembers, RosterFiles.GridMembers),
            (RosterKind.Groups, RosterFiles.Groups),
        })
        {
            var result = await ImportAsync(database, kind, csv);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        }
    }

    private static async Task<T> QueryAsync<T>(CommunityDatabase database, Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = database.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_CreatesTheWholeCommunity_WhenEveryFileIsGood(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);

        await ImportAllAsync(database);

        await QueryAsync(database, async db =>
        {
            var building = await db.Buildings.Include(b => b.Units).Include(b => b.Grid).SingleAsync(b => b.Code == "3");
            Assert.Equal("3幢", building.Name);
            Assert.Equal([1, 2], building.Units.Select(u => u.Number).Order());
            Assert.Equal("G01", building.Grid?.Code);
            Assert.Equal("幸福家园党支部", (await db.PartyBranches.SingleAsync()).Name);
            Assert.Equal("1幢党小组", (await db.PartyGroups.Include(g => g.Building).SingleAsync()).Name);
            Assert.Equal(3, await db.Households.CountAsync());
            var household = await db.Households.Include(h => h.Residents).SingleAsync(h => h.Room == "101");
            Assert.Equal(["张秀英", "李建国"], household.Residents.Select(r => r.DisplayName).Order());
            var captain = await db.GridMembers.Include(m => m.CaptainOfBuilding).SingleAsync(m => m.ChannelUserId == "lixiuying");
            Assert.Equal(BuildingBot.Community.People.GridMemberRole.BuildingCaptain, captain.Role);
            Assert.Equal("3", captain.CaptainOfBuilding?.Code);
            var group = await db.BuildingGroups.SingleAsync(g => g.ChatId == "sim-g-3");
            Assert.Equal(BuildingBot.Community.Groups.DeliveryMode.Simulator, group.DeliveryMode);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_ChangesNothing_WhenTheSameFilesAreImportedAgain(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await ImportAllAsync(database);
        var codesBefore = await QueryAsync(database, db => db.Households.OrderBy(h => h.Id).Select(h => h.Code).ToListAsync());

        var again = new List<ImportResult>
        {
            await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings),
            await ImportAsync(database, RosterKind.Residents, RosterFiles.Residents),
            await ImportAsync(database, RosterKind.Grids, RosterFiles.Grids),
            await ImportAsync(database, RosterKind.GridMembers, RosterFiles.GridMembers),
            await ImportAsync(database, RosterKind.Groups, RosterFiles.Groups),
        };

        Assert.All(again, result =>
        {
            Assert.True(result.Succeeded);
            Assert.Equal(0, result.Created);
            Assert.Equal(0, result.Updated);
        });
        Assert.Equal(codesBefore, await QueryAsync(database, db => db.Households.OrderBy(h => h.Id).Select(h => h.Code).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_UpdatesChangedRows_WhenAFileIsEdited(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await ImportAllAsync(database);

        var result = await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings.Replace(",3,3幢,2,", ",3,3号楼,3,", StringComparison.Ordinal));

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Created);
        Assert.Equal(1, result.Updated);
        var building = await QueryAsync(database, db => db.Buildings.Include(b => b.Units).SingleAsync(b => b.Code == "3"));
        Assert.Equal("3号楼", building.Name);
        Assert.Equal(3, building.Units.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_WritesNothingAndListsEveryProblem_WhenRowsAreBad(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        const string csv = """
            compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id
            XF01,1,1,101,张秀英,13800000001,是,wecom,wm-zhang
            XF01,9,1,101,王五,,,,
            XF01,1,7,101,赵六,,,,
            XF01,1,1,,孙七,12345,也许,,
            XF01,1,1,102,周八,,,qq,
            XF01,1,1,101,张秀英,,,,
            """;

        var result = await ImportAsync(database, RosterKind.Residents, csv);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Created);
        var problems = result.Problems.Select(p => (p.Row, p.Column)).ToList();
        Assert.Equal(
            [(3, "building_code"), (4, "unit"), (5, "party_member"), (5, "phone"), (5, "room"), (6, "channel"), (7, "name")],
            problems.Order().ToList());
        Assert.Contains("not known", result.Problems.Single(p => p.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(database, db => db.Households.CountAsync()));
        Assert.Equal(0, await QueryAsync(database, db => db.Residents.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_NamesTheLineAndColumnAndWritesNothing_WhenAQuoteIsNeverClosed(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        const string csv = "compound_code,building_code,unit,room,name,phone\nXF01,1,1,101,\"张秀英,13800000001\nXF01,1,1,102,李建国,\n";

        var result = await ImportAsync(database, RosterKind.Residents, csv);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Created);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "name"), (problem.Row, problem.Column));
        Assert.Contains("never closed", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(database, db => db.Residents.CountAsync()));
    }

    [Fact]
    public async Task Import_NamesTheLineInTheFile_WhenAQuoteIsStrayAfterACellOfTwoLines()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        const string csv = "community,compound_code,compound_name,building_code,building_name,units\n" +
            "幸福里社区,XF01,\"幸福\n家园\",1,1幢,2\n\n幸福里社区,XF01,幸福家园,3,3\"幢,2\n";

        var result = await ImportAsync(database, RosterKind.Buildings, csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((5, "building_name"), (problem.Row, problem.Column));
        Assert.Contains("stray quote", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(database, db => db.Buildings.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_RemovesControlCharacters_WhenNamesHaveThem(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await ImportAsync(database, RosterKind.Buildings, "community,compound_code,compound_name,building_code,building_name,units\n" +
            "幸福里社区,XF01,幸福\u202E家园,1,1\u0000幢,2\n");
        const string csv = "compound_code,building_code,unit,room,name\nXF01,1,1,101,张\u0000秀\u001B英\u202E\u2066\n";

        var result = await ImportAsync(database, RosterKind.Residents, csv);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("张秀英", await QueryAsync(database, db => db.Residents.Select(r => r.DisplayName).SingleAsync()));
        Assert.Equal("1幢", await QueryAsync(database, db => db.Buildings.Select(b => b.Name).SingleAsync()));
        Assert.Equal("幸福家园", await QueryAsync(database, db => db.Compounds.Select(c => c.Name).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_ReadsAFileWithAByteOrderMark(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);

        var result = await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings, bom: true);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("幸福里社区", await QueryAsync(database, db => db.Communities.Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Import_RejectsTheFile_WhenItIsNotUtf8()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(RosterFiles.Buildings);

        var result = await ImportAsync(database, RosterKind.Buildings, gbk);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("UTF-8", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(database, db => db.Communities.CountAsync()));
    }

    [Fact]
    public async Task Import_ListsMissingColumns_WhenTheHeaderIsIncomplete()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);

        var result = await ImportAsync(database, RosterKind.Buildings, "community,compound_code,building_code\n幸福里社区,XF01,1\n");

        Assert.Equal(["compound_name", "units"], result.Problems.Select(p => p.Column).Order());
        Assert.All(result.Problems, p => Assert.Equal(1, p.Row));
    }

    [Fact]
    public async Task Import_RejectsTheFile_WhenItHasNoDataRows()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);

        var result = await ImportAsync(database, RosterKind.Groups, "compound_code,building_code,chat_id,group_name\n");

        Assert.Contains("no data rows", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RejectsABuildingInTwoGrids()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        const string csv = """
            community,grid_code,grid_name,compound_code,building_codes
            幸福里社区,G01,一网格,XF01,1-3
            幸福里社区,G02,二网格,XF01,3
            """;

        var result = await ImportAsync(database, RosterKind.Grids, csv);

        Assert.Equal(
            ["row 2, column building_codes: building 2 of compound XF01 is not known",
             "row 3, column building_codes: building 3 is already in grid G01 on row 2"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Import_RejectsACaptainOfABuildingOutsideTheGrid()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        await ImportAsync(database, RosterKind.Grids, "community,grid_code,grid_name,compound_code,building_codes\n幸福里社区,G01,网格,XF01,1\n");
        const string csv = """
            grid_code,name,role,phone,channel,channel_user_id,compound_code,building_code
            G01,李秀英,楼栋长,,wecom,lixiuying,XF01,3
            G01,王建华,组长,,wecom,wang,,
            G09,张三,网格员,,wecom,zhang,,
            """;

        var result = await ImportAsync(database, RosterKind.GridMembers, csv);

        Assert.Equal([(2, "building_code"), (3, "role"), (4, "grid_code")], result.Problems.Select(p => (p.Row, p.Column)));
        Assert.Equal(0, await QueryAsync(database, db => db.GridMembers.CountAsync()));
    }

    [Fact]
    public async Task Import_RejectsAChannelIdUsedByAnotherResident()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await ImportAsync(database, RosterKind.Buildings, RosterFiles.Buildings);
        await ImportAsync(database, RosterKind.Residents, RosterFiles.Residents);

        var result = await ImportAsync(database, RosterKind.Residents,
            "compound_code,building_code,unit,room,name,channel,channel_user_id\nXF01,3,1,301,冒名者,wecom,wm-zhang\n");

        Assert.Contains("already used by 张秀英", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }
}
