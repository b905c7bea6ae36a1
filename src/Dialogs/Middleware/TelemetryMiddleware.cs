using System.Diagnostics;
using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>
/// Measures every turn (duration, intent, outcome) as metrics and a trace span, and logs failures. The span carries the
/// conversation id and the intent, never the text or who wrote it.
/// </summary>
public sealed partial class TelemetryMiddleware(ILogger<TelemetryMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        using var span = DialogsMetrics.Tracing.StartActivity("turn");
        span?.SetTag("channel", turn.Activity.Channel.ToString());
        span?.SetTag("conversation.kind", turn.Activity.Conversation.Kind.ToString());
        span?.SetTag(DialogsMetrics.ConversationIdTag, turn.Activity.Conversation.ConversationId);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await nextStep().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            outcome = "failed";
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogFailed(exception, turn.Activity.Id);
            throw;
        }
        finally
        {
            var intent = turn.Recognized?.Intent.ToString() ?? "NotRecognized";
            span?.SetTag("buildingbot.intent", intent);
            var tags = new TagList { { "intent", intent }, { "outcome", outcome }, { "channel", turn.Activity.Channel.ToString() } };
            DialogsMetrics.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
            DialogsMetrics.Turns.Add(1, tags);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for activity {ActivityId} failed")]
    private partial void LogFailed(Exception exception, string activityId);
}
