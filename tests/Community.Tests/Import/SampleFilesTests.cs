using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Import;

/// <summary>The files under deploy/samples that the README documents import as it says.</summary>
public class SampleFilesTests
{
    [Fact]
    public async Task Import_AcceptsEverySampleFile_InTheDocumentedOrder()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);

        foreach (var (kind, file) in new[]
        {
            (RosterKind.Buildings, "buildings.csv"), (RosterKind.Residents, "residents.csv"), (RosterKind.Grids, "grids.csv"),
            (RosterKind.GridMembers, "gridmembers.csv"), (RosterKind.Groups, "groups.csv"),
        })
        {
            await using var scope = database.Scope();
            await using var stream = File.OpenRead(RepositoryFiles.Path("deploy", "samples", file));
            var result = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(kind, stream);
            Assert.True(result.Succeeded, $"{file}: {string.Join("; ", result.Problems)}");
        }

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.Equal(3, await db.BuildingGroups.CountAsync());
        Assert.Equal(4, await db.GridMembers.CountAsync());
    }
}
