using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Turns;

public class BotEngineTests
{
    private static Task<List<string>> OutboxTextsAsync(DialogsHost host) =>
        host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync())
            .ContinueWith(t => t.Result.Select(p => System.Text.Json.JsonSerializer.Deserialize<OutgoingMessage>(p, StateJson.Options)!.Text).ToList(),
                TaskScheduler.Default);

    private static Activity Message(string id, string userId, string text) => new()
    {
        Id = id,
        Conversation = ConversationReference.Private(ChatChannel.Simulator, userId),
        From = new ChannelAccount(userId, "测试"),
        Text = text,
        MentionsBot = true,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Turn_IsRerunOnFreshState_WhenAnotherWriterWinsTheETagRace(bool redis)
    {
        await using var host = await DialogsHost.CreateAsync(production: redis, demoData: false, configure: services =>
        {
            TestDialogs.Register(services);
            if (redis)
            {
                services.AddSingleton<RedisStateStore>();
                services.AddSingleton<IStateStore>(provider => new InterferingStateStore(provider.GetRequiredService<RedisStateStore>()));
            }
            else
            {
                services.AddSingleton<InMemoryStateStore>();
                services.AddSingleton<IStateStore>(provider => new InterferingStateStore(provider.GetRequiredService<InMemoryStateStore>()));
            }
        });
        var userId = $"u-{Guid.NewGuid():N}";
        var user = new ChannelAccount(userId, "老张");
        var conversation = ConversationReference.Private(ChatChannel.Simulator, userId);

        await host.Engine.ContinueConversationAsync(conversation, user, "k1", dc => dc.BeginDialogAsync(TestDialogs.Counter));

        // The competing writer set count to 100 between our load and our save; the turn reran on 100.
        Assert.Equal(["第101次"], await OutboxTextsAsync(host));
    }

    [Fact]
    public async Task Turns_OfOnePerson_AreSerialisedAcrossTwoEnginesSharingRedis()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var first = await DialogsHost.CreateAsync(production: true, demoData: false, configure: TestDialogs.Register, postgresConnectionString: postgres.ConnectionString);
        await using var second = await DialogsHost.CreateAsync(production: true, demoData: false, configure: TestDialogs.Register, postgresConnectionString: postgres.ConnectionString);
        var userId = $"u-{Guid.NewGuid():N}";
        var user = new ChannelAccount(userId, "老张");
        var conversation = ConversationReference.Private(ChatChannel.Simulator, userId);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).Engine.ContinueConversationAsync(conversation, user, $"{userId}-{i}", dc => dc.BeginDialogAsync(TestDialogs.Counter)))));

        var texts = await OutboxTextsAsync(first);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"第{n}次").Order(), texts.Order());
    }

    [Fact]
    public async Task Activity_IsHandledOnce_WhenTwoEnginesReceiveItAtTheSameTime()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var first = await DialogsHost.CreateAsync(production: true, demoData: false, postgresConnectionString: postgres.ConnectionString);
        await using var second = await DialogsHost.CreateAsync(production: true, demoData: false, postgresConnectionString: postgres.ConnectionString);
        var activity = Message($"msg-{Guid.NewGuid():N}", $"u-{Guid.NewGuid():N}", "帮助");

        await Task.WhenAll(
            Task.Run(() => first.Engine.ProcessAsync(activity)), Task.Run(() => second.Engine.ProcessAsync(activity)),
            Task.Run(() => first.Engine.ProcessAsync(activity)), Task.Run(() => second.Engine.ProcessAsync(activity)));

        Assert.Single(await OutboxTextsAsync(first));
    }

    [Fact]
    public async Task FailedTurn_ApologisesSavesNothing_AndLetsTheRetryThrough()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();
        var activity = Message("boom-1", "u1", "随便说点");

        await flow.As("u1", "测试").Begin(TestDialogs.Boom).AssertReply("说点什么");
        var failed = await flow.Host.Engine.ProcessAsync(activity);
        var retried = await flow.Host.Engine.ProcessAsync(activity);

        Assert.Equal(BotReplies.Failed, Assert.Single(failed).Text);
        Assert.Equal(BotReplies.Failed, Assert.Single(retried).Text);
        var stored = await flow.Host.Services.GetRequiredService<IStateStore>()
            .ReadAsync(StateKeys.ConversationUser(activity.Conversation, "u1"), default);
        Assert.Contains("test.boom", stored!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedActivity_IsNotAnsweredTwice()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var activity = Message("dup-1", "u1", "帮助");

        var first = await host.Engine.ProcessAsync(activity);
        var second = await host.Engine.ProcessAsync(activity);

        // The second run finds the turn saved and repeats its answer under the same keys, which the outbox already holds.
        Assert.Equal(first.Select(m => m.IdempotencyKey), second.Select(m => m.IdempotencyKey));
        Assert.Single(await OutboxTextsAsync(host));
    }

    [Fact]
    public async Task ProactiveTurn_RunsOnce_WhenRepeatedWithTheSameKey()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false, configure: TestDialogs.Register);
        var user = new ChannelAccount("u1", "老张");
        var conversation = ConversationReference.Private(ChatChannel.Simulator, "u1");

        await host.Engine.ContinueConversationAsync(conversation, user, "k1", dc => dc.BeginDialogAsync(TestDialogs.Counter));
        await host.Engine.ContinueConversationAsync(conversation, user, "k1", dc => dc.BeginDialogAsync(TestDialogs.Counter));
        await host.Engine.ContinueConversationAsync(conversation, user, "k2", dc => dc.BeginDialogAsync(TestDialogs.Counter));

        Assert.Equal(["第1次", "第2次"], await OutboxTextsAsync(host));
    }

    [Fact]
    public async Task Turn_IsAnsweredOnRetryWithoutRunningAgain_WhenItsStateWasSavedButItsMessagesWereNotQueued()
    {
        var outboxFailures = 1;
        await using var host = await DialogsHost.CreateAsync(demoData: false, configure: services =>
        {
            TestDialogs.Register(services);
            services.AddScoped<BuildingBot.Dialogs.Outbox.DatabaseOutbox>();
            services.AddScoped<BuildingBot.Dialogs.Outbox.IOutbox>(provider => new FlakyOutbox(provider.GetRequiredService<BuildingBot.Dialogs.Outbox.DatabaseOutbox>(), () => Interlocked.Decrement(ref outboxFailures) >= 0));
        });
        var user = new ChannelAccount("u1", "老张");
        var conversation = ConversationReference.Private(ChatChannel.Simulator, "u1");

        // The process "crashes" after saving the turn's state, before its messages reach the outbox; the queue retries it.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Engine.ContinueConversationAsync(conversation, user, "k1", dc => dc.BeginDialogAsync(TestDialogs.Counter)));
        await host.Engine.ContinueConversationAsync(conversation, user, "k1", dc => dc.BeginDialogAsync(TestDialogs.Counter));
        await host.Engine.ContinueConversationAsync(conversation, user, "k2", dc => dc.BeginDialogAsync(TestDialogs.Counter));

        Assert.Equal(["第1次", "第2次"], await OutboxTextsAsync(host));
    }

    private sealed class FlakyOutbox(BuildingBot.Dialogs.Outbox.IOutbox inner, Func<bool> fail) : BuildingBot.Dialogs.Outbox.IOutbox
    {
        public Task EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
            fail() ? throw new InvalidOperationException("the database went away") : inner.EnqueueAsync(messages, cancellationToken);

        public Task AddAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) => inner.AddAsync(messages, cancellationToken);
    }

    /// <summary>Plays another process: just before the first save of a user's state, it saves count = 100 itself.</summary>
    private sealed class InterferingStateStore(IStateStore inner) : IStateStore
    {
        private int _interfered;

        public Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<IReadOnlyList<string>?> WriteAsync(IReadOnlyList<StateWrite> writes, TimeSpan timeToLive, CancellationToken cancellationToken)
        {
            if (writes.FirstOrDefault(w => w.Key.StartsWith("bb:state:u:", StringComparison.Ordinal)) is { } user && Interlocked.Exchange(ref _interfered, 1) == 0)
            {
                await inner.WriteAsync([user with { Json = """{"count":100}""" }], timeToLive, cancellationToken);
            }

            return await inner.WriteAsync(writes, timeToLive, cancellationToken);
        }
    }
}
