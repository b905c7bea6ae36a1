using BuildingBot.Community.Channels;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Queueing;
using BuildingBot.Community.Persistence;
using BuildingBot.Scheduling.Housekeeping;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Housekeeping;

public class HousekeepingJobTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Run_RemovesOnlyOldHandledCallbacksAndOldDeliveredMessages(StorageProvider provider)
    {
        var now = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        await using var database = await CommunityDatabase.CreateAsync(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            db.InboxMessages.AddRange(
                new InboxMessage { Key = "old-handled", TargetKey = "t", Payload = "{}", State = QueueState.Done, CreatedAt = now.AddDays(-8) },
                new InboxMessage { Key = "old-unhandled", TargetKey = "t", Payload = "{}", State = QueueState.Pending, CreatedAt = now.AddDays(-8) },
                new InboxMessage { Key = "new-handled", TargetKey = "t", Payload = "{}", State = QueueState.Done, CreatedAt = now.AddDays(-1) });
            db.OutboxMessages.AddRange(
                Outbox("old-delivered", QueueState.Done, now.AddDays(-31)),
                Outbox("old-dead", QueueState.DeadLettered, null, now.AddDays(-40)),
                Outbox("new-delivered", QueueState.Done, now.AddDays(-2)));
            await db.SaveChangesAsync();
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await new HousekeepingJob(db, clock, NullLogger<HousekeepingJob>.Instance).RunAsync(default);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            Assert.Equal(["new-handled", "old-unhandled"], (await db.InboxMessages.Select(m => m.Key).ToListAsync()).Order());
            Assert.Equal(["new-delivered", "old-dead"], (await db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync()).Order());
        }
    }

    private static OutboxMessage Outbox(string key, QueueState state, DateTimeOffset? delivered, DateTimeOffset? created = null) => new()
    {
        IdempotencyKey = key, Channel = ChatChannel.Simulator, ConversationId = "c", TargetKey = "t", Payload = "{}", State = state,
        CreatedAt = created ?? delivered!.Value, NextAttemptAt = created ?? delivered!.Value, DeliveredAt = delivered,
    };
}
