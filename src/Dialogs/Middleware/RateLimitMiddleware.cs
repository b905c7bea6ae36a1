using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>
/// A person who floods the bot gets one polite notice, then silence until the window has room
/// again; counted per person across all their conversations and processes.
/// </summary>
public sealed partial class RateLimitMiddleware(ISlidingWindowLimiter limiter, IOptions<DialogsOptions> options, ILogger<RateLimitMiddleware> logger)
    : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        var settings = options.Value;
        var key = $"user:{turn.Activity.Channel}:{turn.Activity.From.Id}";
        var decision = await limiter.TryAcquireAsync(key, settings.MessagesPerWindow, settings.RateWindow, turn.CancellationToken)
            .ConfigureAwait(false);
        if (decision.Allowed)
        {
            await nextStep().ConfigureAwait(false);
            return;
        }

        // One notice per window: the notice itself takes a slot of a second key.
        var notice = await limiter.TryAcquireAsync($"{key}:notice", 1, settings.RateWindow, turn.CancellationToken).ConfigureAwait(false);
        if (notice.Allowed)
        {
            LogLimited(turn.Activity.Channel.ToString(), turn.Activity.From.Id);
            turn.SendPrivate(BotReplies.TooFast);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached for {Channel} user {UserId}; further messages ignored for the window")]
    private partial void LogLimited(string channel, string userId);
}
