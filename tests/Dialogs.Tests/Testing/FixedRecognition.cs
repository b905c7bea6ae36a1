using BuildingBot.Dialogs.Middleware;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Testing;

/// <summary>
/// Runs after the recognizer and replaces what it understood of the listed messages, so a test can say "the classifier
/// was unsure of this" (or sure) without depending on how today's model scores one message.
/// </summary>
public sealed class FixedRecognition(IReadOnlyDictionary<string, RecognizerResult> recognitions) : IMiddleware
{
    public static Action<IServiceCollection> Register(IReadOnlyDictionary<string, RecognizerResult> recognitions) =>
        services => services.AddScoped<IMiddleware>(_ => new FixedRecognition(recognitions));

    public Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        if (turn.Activity.Text is { } text && recognitions.TryGetValue(text, out var fixedResult))
        {
            turn.Recognized = fixedResult;
        }

        return nextStep();
    }
}
