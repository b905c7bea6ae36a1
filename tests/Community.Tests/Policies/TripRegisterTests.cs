using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.Policies;

public class TripRegisterTests
{
    private static readonly DateOnly December1 = new(2026, 12, 1);

    private static PolicyVersion Window(DateOnly from, DateOnly? to) =>
        new() { Title = "t", Body = "b", SourceIssuer = "s", EffectiveFrom = from, EffectiveTo = to };

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task TripsAffected_AreThoseNotOver_InsideTheRegion_OverlappingTheWindow(StorageProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero)); // 10:00 on the 5th in Shanghai
        await using var database = await CommunityDatabase.CreateAsync(provider, services => services.AddSingleton<TimeProvider>(clock));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        var residents = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Residents.OrderBy(r => r.Id).Select(r => r.Id).Take(6).ToListAsync();
        var register = scope.ServiceProvider.GetRequiredService<TripRegister>();
        var regions = RegionDirectory.Shared;
        async Task Trip(int who, string region, int fromDay, int toDay) =>
            await register.RegisterTripAsync(residents[who], regions.Find(region)!, December1.AddDays(fromDay - 1), December1.AddDays(toDay - 1), default);

        await Trip(0, "330106", 6, 8);  // 西湖区, inside 杭州 — affected
        await Trip(1, "3301", 10, 12);  // 杭州 itself — affected
        await Trip(2, "3301", 1, 4);    // over before today (5th) — not told
        await Trip(3, "3201", 6, 8);    // 南京 — elsewhere
        await Trip(4, "3301", 25, 28);  // after the window ends on the 20th
        await Trip(5, "33", 6, 8);      // 浙江 as a whole is larger than 杭州 — not told about a 杭州 rule

        var hangzhou = new Policy { RegionCode = "3301", Topic = PolicyTopic.Travel };
        var affected = await register.TripsAffectedByAsync(hangzhou, Window(December1, December1.AddDays(19)), default);
        var national = await register.TripsAffectedByAsync(new Policy { RegionCode = "00" }, Window(December1, null), default);

        Assert.Equal([residents[0], residents[1]], affected.Select(t => t.ResidentId).Order());
        Assert.Equal(5, national.Count);
    }

    [Fact]
    public async Task Cancel_RemovesOnlyTheResidentsOwnTrip()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        var residents = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Residents.OrderBy(r => r.Id).Select(r => r.Id).Take(2).ToListAsync();
        var register = scope.ServiceProvider.GetRequiredService<TripRegister>();
        var trip = await register.RegisterTripAsync(residents[0], RegionDirectory.Shared.Find("3301")!, December1, December1.AddDays(3), default);

        Assert.False(await register.CancelAsync(residents[1], trip!.Id, default));
        Assert.True(await register.CancelAsync(residents[0], trip.Id, default));
        Assert.False(await register.CancelAsync(residents[0], trip.Id, default));
    }
}
