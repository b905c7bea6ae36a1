using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>Reads the message's intent, category and entities before the dialogs run.</summary>
public sealed class RecognizerMiddleware(Recognizer recognizer) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        var role = turn.Identity.Kind == SenderKind.GridMember ? SpeakerRole.Grid : SpeakerRole.Resident;
        turn.Recognized = recognizer.Recognize(turn.Activity.Text, role);
        return nextStep();
    }
}
