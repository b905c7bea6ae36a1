using System.Text.Json;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.Turns;
using ActivityKind = System.Diagnostics.ActivityKind;

namespace BuildingBot.Dialogs.Inbox;

/// <summary>
/// Runs the turn of one stored activity. A failed turn saves and sends nothing and is tried again by the queue; at
/// the last attempt the person is told it failed and the row is dead-lettered (an error in the log, a dead letter
/// in the queue's metrics and in the admin API), never marked handled.
/// </summary>
public sealed class InboxHandler(BotEngine engine) : IQueueHandler<InboxMessage>
{
    public const string QueueName = "Inbox";

    public async Task<QueueOutcome> HandleAsync(InboxMessage item, bool lastAttempt, CancellationToken cancellationToken)
    {
        Activity activity;
        try
        {
            activity = ActivityInbox.Read(item);
        }
        catch (JsonException exception)
        {
            return QueueOutcome.Permanent($"the stored activity does not parse: {exception.Message}");
        }

        using var span = DialogsMetrics.StartContinuing("inbox.handle", ActivityKind.Consumer, activity.TraceParent, activity.Conversation);
        try
        {
            await engine.ProcessAsync(activity, rethrowFailure: true, cancellationToken).ConfigureAwait(false);
            return QueueOutcome.Done;
        }
        catch (Exception exception) when (lastAttempt && exception is not OperationCanceledException)
        {
            await engine.TellFailedAsync(activity, cancellationToken).ConfigureAwait(false);
            return QueueOutcome.Permanent($"the turn failed at every attempt; last: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
