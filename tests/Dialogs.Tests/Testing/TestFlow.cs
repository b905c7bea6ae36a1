using System.Runtime.CompilerServices;
using System.Text.Json;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Testing;

/// <summary>
/// Scripted conversations in the spirit of Bot Framework's TestFlow:
/// <c>await flow.Send("报事").AssertReplyContains("什么问题").Send("…")</c>.
/// Every call appends to this one flow (no immutable copies to lose), awaiting runs what is not
/// yet run, and disposing a flow with steps never run fails the test. Replies are read from the
/// real outbox rows, in order.
/// </summary>
public sealed class TestFlow : IAsyncDisposable
{
    private readonly List<Func<Task>> _steps = [];
    private readonly List<OutgoingMessage> _replies = [];
    private readonly bool _ownsHost;
    private int _ran;
    private bool _failed;
    private long _cursor;
    private int _sequence;
    private ConversationReference _conversation = ConversationReference.Private(ChatChannel.Simulator, "sim-r0001");
    private ChannelAccount _user = new("sim-r0001", "测试居民");

    private TestFlow(DialogsHost host, bool ownsHost)
    {
        Host = host;
        _ownsHost = ownsHost;
    }

    public DialogsHost Host { get; }

    public static async Task<TestFlow> CreateAsync(bool demoData = true, Action<IServiceCollection>? configure = null) =>
        new(await DialogsHost.CreateAsync(demoData: demoData, configure: configure), ownsHost: true);

    /// <summary>A flow whose engine also knows the test dialogs of <see cref="TestDialogs"/>.</summary>
    public static Task<TestFlow> WithTestDialogsAsync() => CreateAsync(demoData: false, configure: TestDialogs.Register);

    public static TestFlow On(DialogsHost host) => new(host, ownsHost: false);

    /// <summary>Speaks as this channel user from the next step on.</summary>
    public TestFlow As(string userId, string name) => Step(() =>
    {
        _user = new ChannelAccount(userId, name);
        if (_conversation.Kind == ConversationKind.Private)
        {
            _conversation = ConversationReference.Private(ChatChannel.Simulator, userId);
        }

        return Task.CompletedTask;
    });

    public TestFlow InGroup(string chatId) => Step(() =>
    {
        _conversation = new ConversationReference(ChatChannel.Simulator, chatId, ConversationKind.Group);
        return Task.CompletedTask;
    });

    public TestFlow InPrivate() => Step(() =>
    {
        _conversation = ConversationReference.Private(ChatChannel.Simulator, _user.Id);
        return Task.CompletedTask;
    });

    /// <summary>Sends a message; in a group it @-mentions the bot unless <paramref name="mention"/> is false.</summary>
    public TestFlow Send(string text, bool mention = true, IReadOnlyList<Attachment>? attachments = null) => Step(async () =>
    {
        var activity = new Activity
        {
            Id = $"flow-{Guid.NewGuid():N}-{++_sequence}",
            Conversation = _conversation,
            From = _user,
            Text = text,
            MentionsBot = mention || _conversation.Kind == ConversationKind.Private,
            Attachments = attachments ?? [],
            Timestamp = Host.Clock.GetUtcNow(),
        };
        await Host.Engine.ProcessAsync(activity);
        await ReadOutboxAsync();
    });

    /// <summary>Starts a dialog for the current person and conversation, as a proactive turn would.</summary>
    public TestFlow Begin(string dialogId, object? options = null) => Step(async () =>
    {
        await Host.Engine.ContinueConversationAsync(_conversation, _user, $"begin-{Guid.NewGuid():N}", dc => dc.BeginDialogAsync(dialogId, options));
        await ReadOutboxAsync();
    });

    /// <summary>Moves the fake clock forward.</summary>
    public TestFlow Wait(TimeSpan time) => Step(() =>
    {
        Host.Clock.Advance(time);
        return Task.CompletedTask;
    });

    public TestFlow AssertReply(string expected) => Step(() =>
    {
        Assert.Equal(expected, NextReply().Text);
        return Task.CompletedTask;
    });

    /// <summary>The next reply contains <paramref name="part"/>; with <paramref name="privately"/>, it also went to the private chat (true) or not (false).</summary>
    public TestFlow AssertReplyContains(string part, bool? privately = null) => Step(() =>
    {
        var reply = NextReply();
        Assert.True(reply.Text.Contains(part, StringComparison.Ordinal), $"Expected a reply containing “{part}” but got “{reply.Text}”");
        if (privately is { } isPrivate)
        {
            Assert.Equal(isPrivate ? ConversationKind.Private : ConversationKind.Group, reply.Conversation.Kind);
        }

        return Task.CompletedTask;
    });

    /// <summary>The next reply contains <paramref name="part"/> and @-mentions <paramref name="name"/>.</summary>
    public TestFlow AssertReplyTo(string name, string part) => Step(() =>
    {
        var reply = NextReply();
        Assert.Contains(part, reply.Text, StringComparison.Ordinal);
        Assert.Equal(name, reply.Mention?.Name);
        return Task.CompletedTask;
    });

    public TestFlow AssertNoReply() => Step(() =>
    {
        var replies = _replies.Where(IsToSpeaker).ToList();
        Assert.True(replies.Count == 0, $"Expected no reply but got: {string.Join(" | ", replies.Select(r => r.Text))}");
        return Task.CompletedTask;
    });

    /// <summary>Someone else's private chat got a message containing <paramref name="part"/> (the first such message is taken).</summary>
    public TestFlow AssertSentTo(string userId, string part, Action<OutgoingMessage>? check = null) => Step(() =>
    {
        var to = ConversationReference.Private(ChatChannel.Simulator, userId);
        var index = _replies.FindIndex(r => r.Conversation == to && r.Text.Contains(part, StringComparison.Ordinal));
        Assert.True(index >= 0, $"Expected a message to {userId} containing “{part}”; queued: {string.Join(" | ", _replies.Select(r => r.Conversation.ConversationId + ": " + r.Text))}");
        check?.Invoke(_replies[index]);
        _replies.RemoveAt(index);
        return Task.CompletedTask;
    });

    /// <summary>Nothing was sent to <paramref name="userId"/> that has not been asserted yet.</summary>
    public TestFlow AssertNothingSentTo(string userId) => Step(() =>
    {
        var to = ConversationReference.Private(ChatChannel.Simulator, userId);
        Assert.DoesNotContain(_replies, r => r.Conversation == to);
        return Task.CompletedTask;
    });

    /// <summary>Presses a card button in the speaker's private chat.</summary>
    public TestFlow Press(string value) => Step(async () =>
    {
        await Host.Engine.ProcessAsync(new Activity
        {
            Id = $"press-{Guid.NewGuid():N}-{++_sequence}",
            Type = ActivityType.CardAction,
            Conversation = ConversationReference.Private(ChatChannel.Simulator, _user.Id),
            From = _user,
            Text = value,
            Value = value,
            MentionsBot = true,
            Timestamp = Host.Clock.GetUtcNow(),
        });
        await ReadOutboxAsync();
    });

    /// <summary>Forgets every message not asserted yet.</summary>
    public TestFlow ClearReplies() => Step(() =>
    {
        _replies.Clear();
        return Task.CompletedTask;
    });

    public TestFlow Do(Func<DialogsHost, Task> action) => Step(() => action(Host));

    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    public async ValueTask DisposeAsync()
    {
        var unrun = _steps.Count - _ran;
        if (_ownsHost)
        {
            await Host.DisposeAsync();
        }

        if (unrun > 0 && !_failed)
        {
            throw new InvalidOperationException($"TestFlow has {unrun} step(s) that were never awaited");
        }
    }

    private TestFlow Step(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private async Task RunAsync()
    {
        while (_ran < _steps.Count)
        {
            var step = _steps[_ran++];
            try
            {
                await step();
            }
            catch
            {
                _failed = true;
                throw;
            }
        }
    }

    /// <summary>The next message to the speaker (this conversation or their private chat); messages to others wait for <see cref="AssertSentTo"/>.</summary>
    private OutgoingMessage NextReply()
    {
        var index = _replies.FindIndex(IsToSpeaker);
        if (index < 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"Expected a reply but the bot sent nothing more to {_user.Id}{(_replies.Count > 0 ? $" (only to others: {string.Join(" | ", _replies.Select(r => r.Conversation + " " + r.Text))})" : string.Empty)}");
        }

        var reply = _replies[index];
        _replies.RemoveAt(index);
        return reply;
    }

    private bool IsToSpeaker(OutgoingMessage message) =>
        message.Conversation == _conversation || message.Conversation == ConversationReference.Private(_conversation.Channel, _user.Id);

    private async Task ReadOutboxAsync()
    {
        var rows = await Host.QueryAsync(db => db.OutboxMessages.Where(m => m.Id > _cursor).OrderBy(m => m.Id).ToListAsync());
        foreach (var row in rows)
        {
            _cursor = row.Id;
            _replies.Add(JsonSerializer.Deserialize<OutgoingMessage>(row.Payload, Dialogs.State.StateJson.Options)!);
        }
    }
}
