namespace BuildingBot.Dialogs.Turns;

/// <summary>A step of the turn pipeline; it stops the turn by not calling <c>nextStep</c>.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep);
}
