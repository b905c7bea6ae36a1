using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Turns;

/// <summary>
/// One turn: the activity, who sent it, what it means, and a buffer of replies. Sending only
/// buffers; the engine hands the buffer to the outbox after the turn's state is saved.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Resolved by the identity middleware; Unknown until then.</summary>
    SenderIdentity Identity { get; set; }

    /// <summary>Filled in by the recognizer before the dialogs run.</summary>
    RecognizerResult? Recognized { get; set; }

    /// <summary>Services of this turn's scope.</summary>
    IServiceProvider Services { get; }

    DateTimeOffset Now { get; }

    /// <summary>The community's time zone: local dates and times of this turn are in it.</summary>
    TimeZoneInfo TimeZone { get; }

    CancellationToken CancellationToken { get; }

    IReadOnlyList<OutgoingMessage> Outgoing { get; }

    /// <summary>Replies in the conversation the activity came from.</summary>
    void Send(string text, params CardButton[] buttons);

    /// <summary>Queues any message (another conversation, markdown, attachments).</summary>
    void Send(OutgoingMessage message);

    /// <summary>Writes to the sender's private chat: for personal details, never shown in a group.</summary>
    void SendPrivate(string text, params CardButton[] buttons);

    /// <summary>After this turn, starts <paramref name="dialogId"/> in the sender's private chat (to collect personal details there).</summary>
    void BeginPrivateDialog(string dialogId, object? options = null);
}
