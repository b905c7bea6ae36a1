using BuildingBot.Community.Care;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.Care;

/// <summary>
/// The demo community with four tagged households of grid G01 (幸福家园, no 网格员: its 网格长 王建华 visits; 楼栋长
/// 李秀英 visits building 3), all times in Shanghai:
/// 1-1-101 独居老人 (7 days) tagged 11-20, never visited → due 11-20;
/// 1-1-102 孕产妇 (14) + 独居老人 (7) tagged 11-01, visited 11-20 → due 11-27;
/// 2-1-101 空巢老人 (14) tagged 11-01, visited 11-16 → due 11-30;
/// 3-1-301 低保 (30) tagged 11-01, visited 11-05 → due 12-05.
/// </summary>
internal sealed class CareArrangement : IAsyncDisposable
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private CareArrangement(CommunityDatabase database, FakeTimeProvider clock)
    {
        Database = database;
        Clock = clock;
    }

    public CommunityDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public static DateTimeOffset At(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, Shanghai);

    public static async Task<CareArrangement> CreateAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var clock = new FakeTimeProvider(At(11, 1));
        var database = await CommunityDatabase.CreateAsync(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var arrangement = new CareArrangement(database, clock);
        await arrangement.WithAsync(s => s.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync());
        await arrangement.TagAsync("1", "102", "孕产妇", "独居老人");
        await arrangement.TagAsync("2", "101", "空巢老人");
        await arrangement.TagAsync("3", "301", "低保");
        clock.SetUtcNow(At(11, 20));
        await arrangement.TagAsync("1", "101", "独居老人");
        await arrangement.VisitAsync("1", "102", At(11, 20, 15));
        await arrangement.VisitAsync("2", "101", At(11, 16));
        await arrangement.VisitAsync("3", "301", At(11, 5));
        return arrangement;
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Database.Scope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Database.Scope();
        await action(scope.ServiceProvider);
    }

    /// <summary>A household of unit 1 by building and room, in 幸福家园 (XF01) unless another compound is named.</summary>
    public Task<int> HouseholdAsync(string building, string room, string compound = "XF01") => WithAsync(s => s.GetRequiredService<CommunityDbContext>()
        .Households.Where(h => h.Room == room && h.Unit!.Number == 1 && h.Unit.Building!.Code == building && h.Unit.Building.Compound!.Code == compound)
        .Select(h => h.Id).SingleAsync());

    public Task<int> MemberAsync(string name) =>
        WithAsync(s => s.GetRequiredService<CommunityDbContext>().GridMembers.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    public async Task TagAsync(string building, string room, params string[] tags) =>
        await TagAsync(await HouseholdAsync(building, room), tags);

    public Task TagAsync(int household, params string[] tags) => WithAsync(s => s.GetRequiredService<CareTags>().SetAsync(household, tags, default));

    private async Task VisitAsync(string building, string room, DateTimeOffset at)
    {
        var household = await HouseholdAsync(building, room);
        var member = await MemberAsync("王建华");
        await WithAsync(async s =>
        {
            var db = s.GetRequiredService<CommunityDbContext>();
            db.CareVisits.Add(new CareVisit { SourceKey = $"arranged:{household}:{at:O}", HouseholdId = household, GridMemberId = member, VisitedAt = at, Note = "一切正常" });
            await db.SaveChangesAsync();
        });
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
