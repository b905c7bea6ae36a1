using System.Text;
using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Tests.Import;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Care;

public class CareTagColumnTests
{
    [Fact]
    public async Task Import_TagsHouseholdsWithTheirProgrammeIntervals_WhenTheResidentsFileHasCareTags()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        const string residents = """
            compound_code,building_code,unit,room,name,care_tags
            XF01,3,1,101,张秀英,独居老人、低保
            XF01,3,1,101,李建国,独居老人
            XF01,3,1,102,,
            XF01,3,2,201,王芳,孕产妇;困境家庭
            """;

        foreach (var (kind, csv) in new[] { (RosterKind.Buildings, RosterFiles.Buildings), (RosterKind.Residents, residents) })
        {
            await using var scope = database.Scope();
            var result = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        }

        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var tags = await db.HouseholdCareTags.Select(t => new { t.Household!.Room, t.CareTag!.Name, t.CareTag.VisitIntervalDays }).ToListAsync();
        Assert.Equal(
            [("101", "低保", 30), ("101", "独居老人", 7), ("201", "困境家庭", 30), ("201", "孕产妇", 14)],
            tags.Select(t => (t.Room, t.Name, t.VisitIntervalDays)).OrderBy(t => t.Room).ThenBy(t => t.Name, StringComparer.Ordinal));
    }
}
