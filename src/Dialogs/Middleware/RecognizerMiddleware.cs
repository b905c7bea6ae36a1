using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>
/// Reads the message's intent, category and entities before the dialogs run, knowing who writes and what the bot
/// last showed them: a grid member answering an order card (收到, 弄好了) acts on that card's order.
/// </summary>
public sealed class RecognizerMiddleware(Recognizer recognizer, OrderOnCard orderOnCard) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        if (turn.Identity.Kind != SenderKind.GridMember || turn.Activity.IsGroup || turn.Activity.Type != ActivityType.Message)
        {
            turn.Recognized = recognizer.Recognize(turn.Activity.Text);
            await nextStep().ConfigureAwait(false);
            return;
        }

        var card = await orderOnCard.FindAsync(turn.Activity.Conversation, turn.Now, turn.CancellationToken).ConfigureAwait(false);
        var cue = card is null ? ConversationCue.None : ConversationCue.Card;
        var recognized = recognizer.Recognize(turn.Activity.Text, SpeakerRole.Grid, cue) with { Role = SpeakerRole.Grid, Cue = cue };
        turn.Recognized = recognized.Command is { OrderNumber: null } command && card is not null
            ? recognized with { Command = command with { OrderNumber = card }, OrderNumber = card }
            : recognized;
        await nextStep().ConfigureAwait(false);
    }
}
