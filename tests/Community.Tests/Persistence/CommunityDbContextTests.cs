using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Persistence;

public class CommunityDbContextTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static async Task<Building> AddBuildingAsync(CommunityDbContext db)
    {
        var community = new Community { Name = "幸福里社区" };
        var compound = new Compound { Code = "XF01", Name = "幸福家园", Community = community };
        var building = new Building { Code = "3", Name = "3幢", Compound = compound };
        building.Units.Add(new Unit { Number = 1 });
        building.Units.Add(new Unit { Number = 2 });
        db.Add(building);
        await db.SaveChangesAsync();
        return building;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_Fails_WhenABuildingCodeRepeatsInItsCompound(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var building = await AddBuildingAsync(db);

        db.Add(new Building { Code = "3", Name = "又一个3幢", CompoundId = building.CompoundId });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_Fails_WhenARoomRepeatsInItsUnit(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var building = await AddBuildingAsync(db);
        var unit = building.Units[0];
        unit.Households.Add(new Household { Room = "501" });
        building.Units[1].Households.Add(new Household { Room = "501" });
        await db.SaveChangesAsync();

        db.Add(new Household { Room = "501", UnitId = unit.Id });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_Fails_WhenAChatIdRepeatsInItsChannel(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var building = await AddBuildingAsync(db);
        db.Add(new BuildingGroup { BuildingId = building.Id, Channel = ChatChannel.WeCom, ChatId = "wr-1", Name = "3幢 业主群" });
        db.Add(new BuildingGroup { BuildingId = building.Id, Channel = ChatChannel.Simulator, ChatId = "wr-1", Name = "模拟群" });
        await db.SaveChangesAsync();

        db.Add(new BuildingGroup { BuildingId = building.Id, Channel = ChatChannel.WeCom, ChatId = "wr-1", Name = "重复" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Residents_RoundTripPhoneCodeAndChineseText(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        HouseholdCode code;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var building = await AddBuildingAsync(db);
            Assert.True(PhoneNumber.TryParse("13812345678", out var phone));
            var household = new Household { Room = "501" };
            household.Residents.Add(new Resident
            {
                DisplayName = "欧阳紅梅", Phone = phone, IsPartyMember = true, ChannelUserId = "wm-1",
                CreatedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero),
            });
            building.Units[0].Households.Add(household);
            await db.SaveChangesAsync();
            code = household.Code;
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var household = await db.Households.Include(h => h.Residents).SingleAsync(h => h.Code == code);
            var resident = Assert.Single(household.Residents);
            Assert.Equal("欧阳紅梅", resident.DisplayName);
            Assert.Equal("13812345678", resident.Phone?.Reveal());
            Assert.Equal("138****5678", resident.Phone?.ToString());
            Assert.True(resident.IsPartyMember);
            Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), resident.CreatedAt);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_Fails_WhenAChannelIdentityBelongsToTwoResidents(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        db.Add(new Resident { DisplayName = "甲", Channel = ChatChannel.WeCom, ChannelUserId = "wm-1" });
        db.Add(new Resident { DisplayName = "乙", Channel = ChatChannel.WeCom });
        db.Add(new Resident { DisplayName = "丙", Channel = ChatChannel.WeCom });
        await db.SaveChangesAsync();

        db.Add(new Resident { DisplayName = "丁", Channel = ChatChannel.WeCom, ChannelUserId = "wm-1" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
