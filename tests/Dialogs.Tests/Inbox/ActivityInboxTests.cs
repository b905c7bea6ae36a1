using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Inbox;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Inbox;

public class ActivityInboxTests
{
    private static Activity Message(int id) => new()
    {
        Id = $"msg-{id}",
        Conversation = ConversationReference.Private(ChatChannel.Simulator, $"r{id % 7}"),
        From = new ChannelAccount($"r{id % 7}", "居民"),
        Text = $"第 {id} 条",
    };

    /// <summary>Every copy of each activity at once (a channel retrying while the first is still being written).</summary>
    private static Task<long?[]> EnqueueTogetherAsync(DialogsHost host, int distinct, int copies) =>
        Task.WhenAll(Enumerable.Range(0, distinct * copies).Select(i =>
            Task.Run(() => host.Services.GetRequiredService<ActivityInbox>().EnqueueAsync(Message(i % distinct), default))));

    [Fact]
    public async Task Enqueue_StoresEachActivityOnce_AndTellsOnlyOneCallerItsRow_WhenCopiesArriveTogether()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);

        var ids = await EnqueueTogetherAsync(host, distinct: 120, copies: 3);

        Assert.Equal(120, await host.QueryAsync(db => db.InboxMessages.CountAsync()));
        Assert.Equal(120, ids.Count(id => id is not null));
        Assert.Equal(120, ids.Where(id => id is not null).Distinct().Count());
        Assert.Null(await host.Services.GetRequiredService<ActivityInbox>().EnqueueAsync(Message(5), default));
    }

    [Fact]
    public async Task Enqueue_StoresEachActivityOnce_WhenTwoProcessesReceiveItOnOnePostgreSql()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        await using var first = await DialogsHost.CreateAsync(production: true, demoData: false, postgresConnectionString: postgres.ConnectionString);
        await using var second = await DialogsHost.CreateAsync(production: true, demoData: false, postgresConnectionString: postgres.ConnectionString);

        var both = await Task.WhenAll(EnqueueTogetherAsync(first, distinct: 200, copies: 2), EnqueueTogetherAsync(second, distinct: 200, copies: 2));

        var ids = both.SelectMany(i => i).Where(id => id is not null).ToList();
        Assert.Equal(200, await first.QueryAsync(db => db.InboxMessages.CountAsync()));
        Assert.Equal(200, ids.Count);
        Assert.Equal(200, ids.Distinct().Count());
    }
}
