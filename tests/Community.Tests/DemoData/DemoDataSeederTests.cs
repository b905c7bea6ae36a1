using BuildingBot.Community.DemoData;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.DemoData;

public class DemoDataSeederTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedIfEmpty_LoadsABelievableCommunity_WhenTheDatabaseIsEmpty(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync());

        Assert.Equal(1, await db.Communities.CountAsync());
        Assert.Equal(2, await db.Compounds.CountAsync());
        Assert.Equal(12, await db.Buildings.CountAsync());
        Assert.InRange(await db.Households.CountAsync(), 280, 340);
        Assert.Equal(3, await db.Grids.CountAsync());
        Assert.Equal(2, await db.PartyBranches.CountAsync());
        Assert.Equal(12, await db.BuildingGroups.CountAsync());
        Assert.Equal(0, await db.Buildings.CountAsync(b => b.GridId == null));
        var roles = await db.GridMembers.Select(m => m.Role).ToListAsync();
        Assert.Equal(6, roles.Count);
        Assert.Equal(3, roles.Count(r => r == GridMemberRole.GridLeader));
        Assert.Contains(GridMemberRole.Mediator, roles);
        Assert.Contains(GridMemberRole.BuildingCaptain, roles);
        Assert.True(await db.Residents.AnyAsync(r => r.IsPartyMember));
    }

    [Fact]
    public async Task SeedIfEmpty_ChangesNothing_WhenACommunityExists()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        db.Communities.Add(new Community { Name = "自己的社区" });
        await db.SaveChangesAsync();

        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync());

        Assert.Equal(0, await db.Buildings.CountAsync());
    }
}
