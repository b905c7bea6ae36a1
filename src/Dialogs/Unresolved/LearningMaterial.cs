using BuildingBot.Community.Identity;
using BuildingBot.Community.Privacy;
using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Unresolved;

/// <summary>
/// Keeps what the bot could not resolve as learning material (<see cref="UnresolvedMessageStore"/>): a message addressed
/// to it that it was not sure of, a clarifying question left unanswered, and the message a person says it misunderstood.
/// Each record is written at once in a scope of its own and keyed by the message, so a turn rerun after a state
/// conflict writes nothing twice; a failure to record is logged and never fails the turn.
/// </summary>
public sealed partial class LearningMaterial(IServiceScopeFactory scopes, ILogger<LearningMaterial> logger)
{
    /// <summary>How long the last message is remembered for 不是这个意思.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(30);

    private static readonly HashSet<string> NoNames = [];

    /// <summary>
    /// What the turn's message was understood as, noted in the conversation state: phones, ID numbers and rooms are
    /// already taken out here (names, which need the roster, when it is recorded).
    /// </summary>
    public static LastUnderstood Describe(ITurnContext turn, RecognizerResult recognized)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(recognized);
        var guess = recognized.Candidates.Count > 0 ? recognized.Candidates[0] : new IntentCandidate(recognized.Intent, recognized.Confidence);
        var grid = recognized.Role == SpeakerRole.Grid || turn.Identity.Kind == SenderKind.GridMember && !turn.Activity.IsGroup;
        return new LastUnderstood(
            turn.Activity.DeduplicationKey,
            Redactor.Redact(string.IsNullOrWhiteSpace(turn.Activity.Text) ? recognized.Text : turn.Activity.Text, NoNames),
            grid ? "grid" : "resident",
            recognized.Cue == ConversationCue.None ? "-" : recognized.Cue.ToString().ToLowerInvariant(),
            guess.Intent.ToString(),
            guess.Probability,
            guess.Intent == Intent.ReportProblem ? recognized.Category.ToString() : null,
            turn.Now);
    }

    /// <summary>Remembers the message that started something, for a complaint that follows.</summary>
    public static void Remember(DialogContext dc, RecognizerResult recognized)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.State.ConversationUser.Set(LastUnderstood.StateKey, Describe(dc.Turn, recognized));
    }

    /// <summary>The remembered message, when there is one from the last <see cref="Memory"/>.</summary>
    public static LastUnderstood? Recall(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var last = dc.State.ConversationUser.Get<LastUnderstood>(LastUnderstood.StateKey);
        if (last is not null && dc.Turn.Now - last.At > Memory)
        {
            Forget(dc);
            return null;
        }

        return last;
    }

    public static void Forget(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.State.ConversationUser.Remove(LastUnderstood.StateKey);
    }

    public async Task RecordAsync(LastUnderstood message, UnresolvedReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UnresolvedMessageStore>().RecordAsync(
                new UnresolvedNote(message.MessageKey, message.Text, message.Role, message.Context, message.Guess, message.Confidence,
                    message.GuessCategory, reason, message.At),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(exception, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep an unresolved message ({Reason}) for review")]
    private partial void LogNotRecorded(Exception exception, UnresolvedReason reason);
}
