using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>
/// Handles each activity id once, also when copies arrive at the same time on two processes:
/// the first claims the key, the rest stop. A failed turn frees its key, so the channel's retry is handled.
/// </summary>
public sealed partial class DeduplicationMiddleware(IDeduplicationStore store, ILogger<DeduplicationMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        var key = turn.Activity.DeduplicationKey;
        if (!await store.TryBeginAsync(key, turn.CancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(key);
            return;
        }

        try
        {
            await nextStep().ConfigureAwait(false);
        }
        catch
        {
            await store.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await store.CompleteAsync(key, CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped activity {Key}: already handled or being handled")]
    private partial void LogDuplicate(string key);
}
