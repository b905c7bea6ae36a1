using BuildingBot.Community.Channels;
using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.Turns;

/// <summary>
/// Runs turns. A turn is (stored state, activity) → (messages, new state): the middleware runs,
/// then under the (conversation, user) lock the state is loaded, the dialogs run with sends
/// buffered, the state is saved with its ETags together with what the turn said (rerunning the turn on a
/// conflict), and only then are the messages handed to the outbox.
/// </summary>
public sealed partial class BotEngine(
    IServiceScopeFactory scopes,
    ITurnLock turnLock,
    TimeProvider clock,
    IOptions<DialogsOptions> options,
    ILogger<BotEngine> logger)
{
    /// <summary>Handles one activity from a channel; returns the messages it queued. A failed turn tells the person so.</summary>
    public Task<IReadOnlyList<OutgoingMessage>> ProcessAsync(Activity activity, CancellationToken cancellationToken = default) =>
        ProcessAsync(activity, rethrowFailure: false, cancellationToken);

    /// <summary>
    /// Handles one activity. With <paramref name="rethrowFailure"/> a failed turn saves and sends nothing and its exception
    /// reaches the caller (the inbound queue, which tries it again); without, the person hears that it failed.
    /// An activity whose turn was saved before is answered with what it said then and not run again.
    /// </summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ProcessAsync(Activity activity, bool rethrowFailure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var turn = new TurnContext(activity, services, clock.GetUtcNow(), cancellationToken);
        Func<Task> pipeline = () => RunStatefulAsync(turn, (manager, state) => manager.RunTurnAsync(turn, state));
        var middleware = services.GetServices<IMiddleware>().ToList();
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            var step = middleware[i];
            var next = pipeline;
            pipeline = () => step.OnTurnAsync(turn, next);
        }

        try
        {
            await pipeline().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing of a failed turn was saved.
            LogTurnFailed(exception, activity.Id);
            turn.TruncateTo(turn.Flushed);
            if (rethrowFailure)
            {
                throw;
            }

            turn.Send(BotReplies.Failed);
        }

        if (activity.CardToUpdate is { } card)
        {
            turn.Send(new OutgoingMessage { Conversation = activity.SenderPrivateChat, Text = BotReplies.CardHandled, CardToUpdate = card });
        }

        await FlushAsync(turn).ConfigureAwait(false);
        foreach (var (dialogId, options) in turn.PrivateDialogs)
        {
            await ContinueConversationAsync(
                activity.SenderPrivateChat, activity.From, $"{activity.DeduplicationKey}:private:{dialogId}",
                dc => dc.BeginDialogAsync(dialogId, options), cancellationToken).ConfigureAwait(false);
        }

        return turn.Outgoing;
    }

    /// <summary>Tells the sender that their message could not be handled (after the queue's last attempt).</summary>
    public async Task TellFailedAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, scope.ServiceProvider, clock.GetUtcNow(), cancellationToken);
        turn.Send(BotReplies.Failed);
        turn.ReplaceFrom(0, [turn.Outgoing[0] with { IdempotencyKey = $"{activity.DeduplicationKey}:failed" }]);
        await FlushAsync(turn).ConfigureAwait(false);
    }

    /// <summary>
    /// A proactive turn for <paramref name="user"/> in <paramref name="conversation"/> (jobs, other people's actions):
    /// serialised with that person's own turns, state saved with ETags, messages through the outbox under
    /// keys derived from <paramref name="idempotencyKey"/>.
    /// </summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ContinueConversationAsync(
        ConversationReference conversation, ChannelAccount user, string idempotencyKey, Func<DialogContext, Task> action,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = scopes.CreateAsyncScope();
        var activity = new Activity
        {
            Id = idempotencyKey, Type = ActivityType.Event, Conversation = conversation, From = user,
            Timestamp = clock.GetUtcNow(), MentionsBot = true,
        };
        var turn = new TurnContext(activity, scope.ServiceProvider, clock.GetUtcNow(), cancellationToken);
        turn.Identity = await scope.ServiceProvider.GetRequiredService<IIdentityDirectory>().ResolveAsync(
            new ChannelIdentity(conversation.Channel, user.Id),
            conversation.Kind == ConversationKind.Group ? conversation.ConversationId : null,
            cancellationToken).ConfigureAwait(false);
        await RunStatefulAsync(turn, (manager, state) => manager.RunAsync(turn, state, action)).ConfigureAwait(false);
        return turn.Outgoing;
    }

    private async Task RunStatefulAsync(TurnContext turn, Func<DialogManager, TurnState, Task> body)
    {
        var services = turn.Services;
        var activity = turn.Activity;
        var manager = services.GetRequiredService<DialogManager>();
        var accessor = services.GetRequiredService<TurnStateAccessor>();
        var settings = options.Value;
        await using var held = await turnLock.AcquireAsync(
            StateKeys.TurnLock(activity.Conversation, activity.From.Id), settings.TurnLockTimeout, turn.CancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= settings.MaxStateConflicts; attempt++)
        {
            var mark = turn.Outgoing.Count;
            var state = await accessor.LoadAsync(activity.Conversation, activity.From.Id, turn.CancellationToken).ConfigureAwait(false);
            if (state.Document.FindHandled(activity.DeduplicationKey) is { } handled)
            {
                // Saved before and then interrupted: say again what it said (the outbox keeps one copy per key), run nothing twice.
                LogAlreadyHandled(activity.Id);
                turn.ReplaceFrom(mark, handled.Messages);
                await FlushAsync(turn).ConfigureAwait(false);
                return;
            }

            await body(manager, state).ConfigureAwait(false);
            var said = turn.Outgoing.Skip(mark).Select((message, i) => WithKey(turn, message, mark + i)).ToList();
            turn.ReplaceFrom(mark, said);
            state.Document.RecordHandled(new HandledTurn(activity.DeduplicationKey, said));
            if (await accessor.SaveAsync(state, turn.CancellationToken).ConfigureAwait(false))
            {
                await FlushAsync(turn).ConfigureAwait(false);
                return;
            }

            LogConflict(activity.Id, attempt);
            turn.TruncateTo(mark);
        }

        throw new StateConflictException($"Turn {activity.Id} lost {settings.MaxStateConflicts} state races in a row");
    }

    private static async Task FlushAsync(TurnContext turn)
    {
        if (turn.Flushed == turn.Outgoing.Count)
        {
            return;
        }

        var pending = turn.Outgoing.Skip(turn.Flushed).Select((message, i) => WithKey(turn, message, turn.Flushed + i)).ToList();
        await turn.Services.GetRequiredService<IOutbox>().EnqueueAsync(pending, turn.CancellationToken).ConfigureAwait(false);
        turn.ReplaceFrom(turn.Flushed, pending);
        turn.Flushed = turn.Outgoing.Count;
    }

    /// <summary>A message's outbox key: its place in the turn of its activity, so a turn answered again yields the same keys.</summary>
    private static OutgoingMessage WithKey(TurnContext turn, OutgoingMessage message, int index) =>
        message.IdempotencyKey is null ? message with { IdempotencyKey = $"{turn.Activity.DeduplicationKey}:{index}" } : message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was handled before; its answer is queued again, nothing is rerun")]
    private partial void LogAlreadyHandled(string activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for activity {ActivityId} failed; nothing was saved")]
    private partial void LogTurnFailed(Exception exception, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {ActivityId} lost a state race (attempt {Attempt}); rerunning it on fresh state")]
    private partial void LogConflict(string activityId, int attempt);
}
