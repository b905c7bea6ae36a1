using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Unresolved;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// The root of every turn: expires idle dialogs, restarts stacks this version cannot continue,
/// handles 取消 and 帮助 at any step, lets a command for another dialog interrupt, continues the
/// active dialog, acknowledges a closing remark after a finished exchange (<see cref="FinishedExchange"/>), or starts
/// the dialog for the message's intent. In a group it stays silent unless addressed.
/// What it could not resolve (a message it was unsure of, one the person says it misunderstood) is kept to learn from.
/// </summary>
public sealed partial class DialogManager(
    IEnumerable<Dialog> dialogs,
    IEnumerable<DialogRoute> routes,
    IEnumerable<HelpWords> helpWords,
    Recognizer recognizer,
    LearningMaterial learning,
    IOptions<DialogManagerOptions> options,
    ILogger<DialogManager> logger)
{
    private readonly DialogSet _dialogs = new(dialogs);
    private readonly Dictionary<Intent, DialogRoute> _routes = routes.ToDictionary(r => r.Intent);
    private readonly HashSet<string> _helpWords = helpWords.SelectMany(h => h.Words).ToHashSet(StringComparer.Ordinal);

    public DialogSet Dialogs => _dialogs;

    public async Task RunTurnAsync(ITurnContext turn, TurnState state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        if (state.RestartReason is { } reason)
        {
            LogRestarted(reason);
            turn.Send(BotReplies.Restarted);
        }

        var idle = options.Value.IdleExpiry;
        var dc = new DialogContext(_dialogs, turn, state, state.Stack);
        var text = turn.Recognized?.Text ?? ChineseText.Normalize(turn.Activity.Text);
        try
        {
            if (state.Stack.Count > 0 && state.LastActivityAt is { } last && turn.Now - last > idle)
            {
                await dc.CancelAllDialogsAsync().ConfigureAwait(false);
                turn.Send(BotReplies.Expired(idle));
            }

            state.LastActivityAt = turn.Now;
            if (await ComplaintAsync(dc) is { } restated)
            {
                await RestartAsync(dc, restated).ConfigureAwait(false);
            }
            else if (dc.ActiveDialog is not null)
            {
                await ContinueAsync(dc, text).ConfigureAwait(false);
            }
            else
            {
                await StartAsync(dc, text).ConfigureAwait(false);
            }

            FinishedExchange.Note(dc);
        }
        catch (DialogStateException exception)
        {
            LogRestarted(exception.Message);
            state.Stack.Clear();
            turn.Send(BotReplies.Restarted);
        }
    }

    /// <summary>Runs <paramref name="action"/> on this stack (proactive turns: a dialog started from elsewhere).</summary>
    public Task RunAsync(ITurnContext turn, TurnState state, Func<DialogContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        state.LastActivityAt = turn.Now;
        return action(new DialogContext(_dialogs, turn, state, state.Stack));
    }

    private async Task ContinueAsync(DialogContext dc, string text)
    {
        if (IsCancel(text))
        {
            await dc.CancelAllDialogsAsync().ConfigureAwait(false);
            dc.Turn.Send(BotReplies.Cancelled);
            return;
        }

        if (IsHelp(text))
        {
            dc.Turn.Send(dc.GetHelp() ?? "回答上面的问题即可继续；发“取消”可以结束这件事。");
            await dc.RepromptAsync().ConfigureAwait(false);
            return;
        }

        if (Interruption(dc, text) is { } route)
        {
            await dc.CancelAllDialogsAsync().ConfigureAwait(false);
            LearningMaterial.Remember(dc, dc.Turn.Recognized!);
            dc.Turn.Send(BotReplies.Interrupted);
            await dc.BeginDialogAsync(route.DialogId, dc.Turn.Recognized).ConfigureAwait(false);
            return;
        }

        await dc.ContinueDialogAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A message in a command's exact form (我的行程, 签到, 接单 3…) for another dialog is not an answer to the
    /// question asked: it ends the unfinished dialog and starts its own. 满意/不满意 are answers (the follow-up asks
    /// for them), and a command for the dialog already running is left to that dialog.
    /// </summary>
    private DialogRoute? Interruption(DialogContext dc, string text) =>
        dc.Turn.Recognized is { Score: >= Recognizer.CommandScore, Intent: not Intent.Rate } recognized
            && _routes.GetValueOrDefault(recognized.Intent) is { } route
            && route.DialogId != dc.Stack[0].Id
            && IsAddressed(dc.Turn.Activity, route, text)
            ? route
            : null;

    /// <summary>In a group the bot starts something only when mentioned or when the message opens with the route's keyword.</summary>
    private static bool IsAddressed(Activity activity, DialogRoute? route, string text) =>
        !activity.IsGroup || activity.MentionsBot
        || route is not null && route.GroupKeywords.Any(k => text.StartsWith(k, StringComparison.Ordinal));

    private async Task StartAsync(DialogContext dc, string text)
    {
        var activity = dc.Turn.Activity;
        var recognized = dc.Turn.Recognized ?? RecognizerResult.Empty;
        var route = _routes.GetValueOrDefault(recognized.Intent);
        if (!IsAddressed(activity, route, text))
        {
            return;
        }

        if (activity.Type is not (ActivityType.Message or ActivityType.CardAction) || text.Length == 0 && activity.Attachments.Count == 0)
        {
            return;
        }

        if (IsCancel(text))
        {
            dc.Turn.Send(BotReplies.NothingToCancel);
            return;
        }

        if (FinishedExchange.TryClose(dc, text))
        {
            return;
        }

        LearningMaterial.Remember(dc, recognized);
        if (recognized.Intent == Intent.None)
        {
            await learning.RecordAsync(LearningMaterial.Describe(dc.Turn, recognized), UnresolvedReason.LowConfidence, dc.Turn.CancellationToken)
                .ConfigureAwait(false);
        }

        if (recognized.Intent == Intent.None && _dialogs.Find(Clarify.ClarifyDialog.DialogId) is Clarify.ClarifyDialog clarify
            && clarify.Options(recognized).Count > 0)
        {
            // Not sure enough to act, but it may well want one of a few things: ask which.
            await dc.BeginDialogAsync(clarify.Id, recognized).ConfigureAwait(false);
        }
        else if (route is not null)
        {
            await dc.BeginDialogAsync(route.DialogId, recognized).ConfigureAwait(false);
        }
        else
        {
            dc.Turn.Send(BotReplies.NotYetAvailable);
        }
    }

    /// <summary>
    /// 不是这个意思, 你理解错了, 不对不对我说的是…: the message this person last started something with is kept as
    /// misunderstood, what it started is dropped, and what they restate (if anything) is read afresh.
    /// </summary>
    private async Task<RecognizerResult?> ComplaintAsync(DialogContext dc)
    {
        var activity = dc.Turn.Activity;
        if (activity.Type != ActivityType.Message || activity.IsGroup && !activity.MentionsBot && dc.ActiveDialog is null
            || Misunderstanding.Detect(activity.Text) is not { } restatement || LearningMaterial.Recall(dc) is not { } misunderstood)
        {
            return null;
        }

        await learning.RecordAsync(misunderstood, UnresolvedReason.Misunderstood, dc.Turn.CancellationToken).ConfigureAwait(false);
        LearningMaterial.Forget(dc);
        await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        var role = dc.Turn.Recognized?.Role ?? SpeakerRole.Resident;
        var cue = dc.Turn.Recognized?.Cue ?? ConversationCue.None;
        return restatement.Count(char.IsLetterOrDigit) >= 2
            ? recognizer.Recognize(restatement, role, cue) with { Role = role, Cue = cue }
            : RecognizerResult.Empty;
    }

    private async Task RestartAsync(DialogContext dc, RecognizerResult restated)
    {
        if (restated.Text.Length == 0)
        {
            dc.Turn.Send(BotReplies.Misunderstood);
            return;
        }

        dc.Turn.Recognized = restated;
        await StartAsync(dc, restated.Text).ConfigureAwait(false);
    }

    private static bool IsCancel(string text) => text is "取消" or "退出" or "不办了" or "cancel";

    private bool IsHelp(string text) => _helpWords.Contains(text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restarted a conversation whose stored stack this version cannot continue: {Reason}")]
    private partial void LogRestarted(string reason);
}
