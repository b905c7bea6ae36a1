using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// Whether the bot's last reply to this person finished an exchange: it answered (a policy passage, travel advice, a
/// submitted report…) and left nothing open. A closing remark that follows soon (不用了, 好的谢谢, 知道了: see
/// <see cref="ClosingRemark"/>) is acknowledged and goes no further, instead of being read as a new question.
/// </summary>
public static class FinishedExchange
{
    public const string StateKey = "exchange.finishedAt";

    /// <summary>How long after the bot's reply a closing remark is still taken as closing that exchange.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>
    /// After a turn: a reply that leaves no dialog open finishes the exchange; a reply that leaves one open (a question
    /// asked) does not. A turn without a reply changes nothing.
    /// </summary>
    public static void Note(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Outgoing.Count == 0)
        {
            return;
        }

        if (dc.Stack.Count == 0)
        {
            dc.State.ConversationUser.Set(StateKey, dc.Turn.Now);
        }
        else
        {
            dc.State.ConversationUser.Remove(StateKey);
        }
    }

    /// <summary>Acknowledges a closing remark right after a finished exchange; false (nothing sent) for anything else.</summary>
    public static bool TryClose(DialogContext dc, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.State.ConversationUser.TryGet<DateTimeOffset>(StateKey, out var finishedAt) || dc.Turn.Now - finishedAt > Window
            || !ClosingRemark.IsClosing(text))
        {
            return false;
        }

        dc.Turn.Send(BotReplies.Closed(ClosingRemark.IsThanks(text)));
        return true;
    }
}
