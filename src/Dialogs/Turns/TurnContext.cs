using BuildingBot.Community.Configuration;
using Microsoft.Extensions.DependencyInjection;
using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Turns;

internal sealed class TurnContext(Activity activity, IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    : ITurnContext
{
    private readonly List<OutgoingMessage> _outgoing = [];

    public Activity Activity { get; } = activity;

    public SenderIdentity Identity { get; set; } = SenderIdentity.Unknown;

    public RecognizerResult? Recognized { get; set; }

    public IServiceProvider Services { get; } = services;

    public DateTimeOffset Now { get; } = now;

    public TimeZoneInfo TimeZone { get; } = services.GetRequiredService<CommunityTimeZone>().Zone;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<OutgoingMessage> Outgoing => _outgoing;

    /// <summary>How many buffered messages were already handed to the outbox.</summary>
    public int Flushed { get; set; }

    public void Send(string text, params CardButton[] buttons) => Send(new OutgoingMessage
    {
        Conversation = Activity.Conversation,
        Text = text,
        Buttons = buttons,
        Mention = Activity.IsGroup ? Activity.From : null,
    });

    public void Send(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reply = message.Conversation == Activity.Conversation;
        _outgoing.Add(message with
        {
            ReplyToActivityId = message.ReplyToActivityId ?? (reply ? Activity.Id : null),
            ReplyAddress = message.ReplyAddress ?? (reply ? Activity.ReplyAddress : null),
        });
    }

    public void SendPrivate(string text, params CardButton[] buttons) => Send(new OutgoingMessage
    {
        Conversation = Activity.SenderPrivateChat,
        Text = text,
        Buttons = buttons,
    });

    public List<(string DialogId, object? Options)> PrivateDialogs { get; } = [];

    public void BeginPrivateDialog(string dialogId, object? options = null) => PrivateDialogs.Add((dialogId, options));

    /// <summary>Replaces buffered messages from <paramref name="start"/> on (with their idempotency keys filled in).</summary>
    public void ReplaceFrom(int start, IReadOnlyList<OutgoingMessage> messages)
    {
        _outgoing.RemoveRange(start, _outgoing.Count - start);
        _outgoing.AddRange(messages);
    }

    /// <summary>Drops what was buffered since <paramref name="count"/>: a turn rerun after a state conflict starts clean.</summary>
    public void TruncateTo(int count) => _outgoing.RemoveRange(count, _outgoing.Count - count);
}
