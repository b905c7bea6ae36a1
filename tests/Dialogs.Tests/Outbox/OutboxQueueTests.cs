using BuildingBot.Community.Channels;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Outbox;

public class OutboxQueueTests
{
    public static TheoryData<bool> Providers => [false, true];

    private static async Task<DialogsHost> HostAsync(RecordingSender sender, bool production, string? postgres = null) =>
        await DialogsHost.CreateAsync(production: production, demoData: false, postgresConnectionString: postgres,
            settings: new Dictionary<string, string?> { ["Queues:Outbox:MaxAttempts"] = "3" },
            configure: services => services.AddSingleton<IChannelSender>(sender));

    private static OutgoingMessage Message(string key, string target = "g1") => new()
    {
        Conversation = new ConversationReference(ChatChannel.Simulator, target, ConversationKind.Group),
        Text = $"消息 {key}",
        IdempotencyKey = key,
    };

    private static async Task EnqueueAsync(DialogsHost host, params OutgoingMessage[] messages)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(messages, default);
    }

    private static Task<int> DispatchAsync(DialogsHost host) => host.Services.GetRequiredService<QueueWorker<OutboxMessage>>().RunOnceAsync(default);

    private static Task<OutboxMessage> RowAsync(DialogsHost host, string key) =>
        host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == key));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispatch_DeliversQueuedMessages(bool production)
    {
        var sender = new RecordingSender();
        await using var host = await HostAsync(sender, production);
        await EnqueueAsync(host, Message("a"), Message("b", "g2"));

        Assert.Equal(2, await DispatchAsync(host));

        Assert.Equal(["a", "b"], sender.Delivered.Select(m => m.IdempotencyKey).Order());
        var row = await RowAsync(host, "a");
        Assert.Equal(QueueState.Done, row.State);
        Assert.Equal(DialogsHost.Start, row.DeliveredAt);
        Assert.Equal(0, await DispatchAsync(host));
    }

    [Fact]
    public async Task Enqueue_IgnoresAKeyThatIsAlreadyQueued()
    {
        var sender = new RecordingSender();
        await using var host = await HostAsync(sender, production: false);

        await EnqueueAsync(host, Message("a"));
        await EnqueueAsync(host, Message("a"), Message("b"));
        await DispatchAsync(host);
        await DispatchAsync(host);

        Assert.Equal(["a", "b"], sender.Delivered.Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task Enqueue_QueuesATextLongerThanTheChannelCarries_AsOrderedParts()
    {
        var sender = new RecordingSender { MaxTextBytes = 60 };
        await using var host = await HostAsync(sender, production: false);
        var text = "第一行：杭州市区错峰限行。\n第二行：浙A号牌按尾号轮换。\n第三行：法定节假日不限行。";

        await EnqueueAsync(host, Message("long") with { Text = text }, Message("short"));
        await host.Services.GetRequiredService<QueueWorker<OutboxMessage>>().DrainAsync(default);

        var delivered = sender.Delivered.ToList();
        Assert.Equal(["long#1", "long#2", "long#3", "short"], delivered.Select(m => m.IdempotencyKey));
        Assert.All(delivered, m => Assert.True(System.Text.Encoding.UTF8.GetByteCount(m.Text) <= 60, m.Text));
        Assert.Equal("第一行：杭州市区错峰限行。（1/3）", delivered.Single(m => m.IdempotencyKey == "long#1").Text);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispatch_RetriesAfterABackoff_ThenDelivers(bool production)
    {
        var sender = new RecordingSender();
        sender.Then(DeliveryResult.Transient("HTTP 503"));
        await using var host = await HostAsync(sender, production);
        await EnqueueAsync(host, Message("a"));

        await DispatchAsync(host);
        var waiting = await RowAsync(host, "a");
        await DispatchAsync(host);
        host.Clock.Advance(TimeSpan.FromSeconds(3));
        await DispatchAsync(host);

        Assert.Equal(QueueState.Pending, waiting.State);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal("HTTP 503", waiting.LastError);
        Assert.InRange(waiting.NextAttemptAt - DialogsHost.Start, TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.Equal(2, sender.Attempts["a"]);
        Assert.Equal(QueueState.Done, (await RowAsync(host, "a")).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispatch_DeadLetters_AfterTheLastAttempt(bool production)
    {
        var sender = new RecordingSender();
        sender.Then(DeliveryResult.Transient("timeout"), DeliveryResult.Transient("timeout"), DeliveryResult.Transient("timeout"));
        await using var host = await HostAsync(sender, production);
        await EnqueueAsync(host, Message("a"));

        for (var i = 0; i < 5; i++)
        {
            await DispatchAsync(host);
            host.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var row = await RowAsync(host, "a");
        Assert.Equal(QueueState.DeadLettered, row.State);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(3, sender.Attempts["a"]);
    }

    [Fact]
    public async Task Dispatch_DeadLettersAtOnce_WhenNothingReachesTheConversation()
    {
        var sender = new RecordingSender();
        sender.Then(DeliveryResult.NoRoute("group g1 is not bound to a building"));
        await using var host = await HostAsync(sender, production: false);
        await EnqueueAsync(host, Message("a"));

        await DispatchAsync(host);

        var row = await RowAsync(host, "a");
        Assert.Equal(QueueState.DeadLettered, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal("group g1 is not bound to a building", row.LastError);
    }

    [Fact]
    public async Task Dispatch_DeadLettersAtOnce_OnAPermanentError()
    {
        var sender = new RecordingSender();
        sender.Then(DeliveryResult.Permanent("81013 user not found"));
        await using var host = await HostAsync(sender, production: false);
        await EnqueueAsync(host, Message("a"));

        await DispatchAsync(host);

        var row = await RowAsync(host, "a");
        Assert.Equal(QueueState.DeadLettered, row.State);
        Assert.Equal("81013 user not found", row.LastError);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispatch_KeepsEachTargetInOrder_WhileItsFirstMessageWaits(bool production)
    {
        var sender = new RecordingSender();
        sender.Then(DeliveryResult.Transient("busy"));
        await using var host = await HostAsync(sender, production);
        await EnqueueAsync(host, Message("a1", "A"), Message("a2", "A"), Message("b1", "B"));

        await DispatchAsync(host);
        host.Clock.Advance(TimeSpan.FromSeconds(3));
        await DispatchAsync(host);
        await DispatchAsync(host);

        Assert.Equal(["b1", "a1", "a2"], sender.Delivered.Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task Dispatch_WaitsInsteadOfExceedingATargetsLimit()
    {
        var sender = new RecordingSender { Limit = new DeliveryLimit("robot", 2, TimeSpan.FromMinutes(1)) };
        await using var host = await HostAsync(sender, production: false);
        await EnqueueAsync(host, Message("1"), Message("2"), Message("3"));

        for (var i = 0; i < 4; i++)
        {
            await DispatchAsync(host);
        }

        var held = await RowAsync(host, "3");
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        await DispatchAsync(host);

        Assert.Equal(QueueState.Pending, held.State);
        Assert.Equal(0, held.Attempts);
        Assert.Equal(DialogsHost.Start + TimeSpan.FromMinutes(1), held.NextAttemptAt);
        Assert.Equal(["1", "2", "3"], sender.Delivered.Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task TwoDispatchers_NeverDeliverAMessageTwice_OnOnePostgreSql()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        var sender = new RecordingSender();
        await using var first = await HostAsync(sender, production: true, postgres.ConnectionString);
        await using var second = await HostAsync(sender, production: true, postgres.ConnectionString);
        await EnqueueAsync(first, [.. Enumerable.Range(0, 300).Select(i => Message($"m{i}", $"t{i % 25}"))]);

        static async Task DrainAsync(DialogsHost host)
        {
            var idle = 0;
            while (idle < 3)
            {
                idle = await DispatchAsync(host) == 0 ? idle + 1 : 0;
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync(first)), Task.Run(() => DrainAsync(second)), Task.Run(() => DrainAsync(first)));

        Assert.Equal(300, sender.Delivered.Count);
        Assert.All(sender.Attempts, a => Assert.Equal(1, a.Value));
        Assert.Equal(0, await first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.State != QueueState.Done)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PoisonMessage_IsDeadLettered_AndDoesNotBlockItsTargetOrOthers(bool production)
    {
        var sender = new RecordingSender { During = m => m.Text == "消息 bad" ? throw new UriFormatException("Invalid URI: the hostname could not be parsed") : Task.CompletedTask };
        await using var host = await HostAsync(sender, production);
        await EnqueueAsync(host, Message("bad", "A"), Message("after-bad", "A"), Message("b", "B"));
        await EnqueueAsync(host, Message("unreadable", "C"), Message("after-unreadable", "C"));
        await host.QueryAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey == "unreadable").ExecuteUpdateAsync(u => u.SetProperty(m => m.Payload, "{not json")));

        for (var i = 0; i < 6; i++)
        {
            await DispatchAsync(host);
            host.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var bad = await RowAsync(host, "bad");
        Assert.Equal(QueueState.DeadLettered, bad.State);
        Assert.Equal(3, bad.Attempts);
        Assert.StartsWith("UriFormatException: Invalid URI", bad.LastError, StringComparison.Ordinal);
        var unreadable = await RowAsync(host, "unreadable");
        Assert.Equal(QueueState.DeadLettered, unreadable.State);
        Assert.Equal(1, unreadable.Attempts);
        Assert.StartsWith("payload does not parse", unreadable.LastError, StringComparison.Ordinal);
        Assert.Equal(["after-bad", "after-unreadable", "b"], sender.Delivered.Select(m => m.IdempotencyKey).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SlowSend_KeepsItsLease_SoAnotherWorkerDoesNotSendItAgain(bool production)
    {
        var sender = new RecordingSender();
        await using var host = await HostAsync(sender, production);
        var lease = TimeSpan.FromSeconds(15);
        sender.During = async m =>
        {
            // A send that outlasts the lease three times over; the worker renews the lease meanwhile, and a second
            // worker looking for work in between finds nothing to take.
            for (var i = 0; i < 12; i++)
            {
                host.Clock.Advance(lease / 4);
                await WaitForLeaseBeyondAsync(host, m.IdempotencyKey!, host.Clock.GetUtcNow());
                Assert.Equal(0, await DispatchAsync(host));
            }
        };
        await EnqueueAsync(host, Message("slow"));

        Assert.Equal(1, await DispatchAsync(host));

        Assert.Equal(1, sender.Attempts["slow"]);
        Assert.Equal(QueueState.Done, (await RowAsync(host, "slow")).State);
    }

    private static async Task WaitForLeaseBeyondAsync(DialogsHost host, string key, DateTimeOffset now)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await RowAsync(host, key)).LockedUntil > now)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("the lease was not renewed");
    }
}
