using BuildingBot.Community.Persistence;
using BuildingBot.Community.Understanding;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Understanding;

public class UnresolvedMessageStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static UnresolvedNote Note(string key, UnresolvedReason reason, string text = "楼下那个事", DateTimeOffset? at = null) =>
        new(key, text, "resident", "-", "None", 0.42, null, reason, at ?? Now);

    private static async Task<T> WithStoreAsync<T>(CommunityDatabase database, Func<UnresolvedMessageStore, CommunityDbContext, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<UnresolvedMessageStore>(), scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Record_KeepsOneRedactedRowPerMessage_WithTheStrongestReason(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(provider);

        foreach (var reason in new[] { UnresolvedReason.LowConfidence, UnresolvedReason.Misunderstood, UnresolvedReason.ClarifyUnanswered, UnresolvedReason.LowConfidence })
        {
            await WithStoreAsync(database, async (store, _) =>
            {
                await store.RecordAsync(Note("simulator:m1", reason, "3幢2单元501，电话 138 1234 5678，楼下那个事"), default);
                return 0;
            });
        }

        var row = Assert.Single(await WithStoreAsync(database, (_, db) => db.UnresolvedMessages.ToListAsync()));
        Assert.Equal(UnresolvedReason.Misunderstood, row.Reason);
        Assert.Equal("3幢[房号]，电话 [电话]，楼下那个事", row.Text);
        Assert.Matches("^[0-9a-f]{32}$", row.Key);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Trim_RemovesRowsPastTheRetention_AndBeyondTheMaximum(StorageProvider provider)
    {
        await using var database = await CommunityDatabase.CreateAsync(
            provider, services => services.Configure<UnresolvedOptions>(o => o.MaxRows = 3));
        var ages = new[] { 100, 91, 60, 30, 20, 10, 1 };
        foreach (var (age, i) in ages.Select((a, i) => (a, i)))
        {
            await WithStoreAsync(database, async (store, _) =>
            {
                await store.RecordAsync(Note($"simulator:m{i}", UnresolvedReason.LowConfidence, $"第{i}条", Now.AddDays(-age)), default);
                return 0;
            });
        }

        var removed = await WithStoreAsync(database, (store, _) => store.TrimAsync(Now, default));

        Assert.Equal(4, removed);
        Assert.Equal(["第4条", "第5条", "第6条"], await WithStoreAsync(database, (_, db) => db.UnresolvedMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync()));
    }

    [Fact]
    public async Task Trim_KeepsEverything_WithinTheRetentionAndMaximum()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await WithStoreAsync(database, async (store, _) =>
        {
            await store.RecordAsync(Note("simulator:a", UnresolvedReason.LowConfidence, at: Now.AddDays(-89)), default);
            return 0;
        });

        Assert.Equal(0, await WithStoreAsync(database, (store, _) => store.TrimAsync(Now, default)));
    }

    [Fact]
    public async Task Label_Succeeds_OnlyOnce()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await WithStoreAsync(database, async (store, _) =>
        {
            await store.RecordAsync(Note("simulator:a", UnresolvedReason.LowConfidence), default);
            return 0;
        });
        var id = await WithStoreAsync(database, (_, db) => db.UnresolvedMessages.Select(m => m.Id).SingleAsync());

        var first = await WithStoreAsync(database, (store, _) => store.LabelAsync(id, "ReportProblem", "Sanitation", "room=3-_-_", Now, default));
        var second = await WithStoreAsync(database, (store, _) => store.LabelAsync(id, "None", "-", string.Empty, Now, default));

        Assert.True(first);
        Assert.False(second);
        var (labelled, total) = await WithStoreAsync(database, (store, _) => store.ListAsync(null, labelled: true, 1, 10, default));
        Assert.Equal(1, total);
        Assert.Equal(("ReportProblem", "Sanitation", "room=3-_-_"), (labelled[0].LabelIntent, labelled[0].LabelCategory, labelled[0].LabelEntities));
    }
}
