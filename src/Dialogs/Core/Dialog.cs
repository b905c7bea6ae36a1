using BuildingBot.Dialogs.State;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// A conversation step or flow. Dialog objects hold no per-user data: everything they remember
/// lives in their <see cref="State.DialogInstance"/> on the stack, so they are shared singletons.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Starts the dialog; it is already on the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null);

    /// <summary>The user wrote again while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync();
    }

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result);
    }

    /// <summary>
    /// The dialog is taken off the stack unfinished: 取消, another command, idle expiry, a prompt above it that gave up.
    /// </summary>
    public virtual Task AbandonAsync(DialogContext dc, DialogInstance instance) => Task.CompletedTask;

    /// <summary>Asks again what the dialog is waiting for (after 帮助).</summary>
    public virtual Task RepromptAsync(DialogContext dc) => Task.CompletedTask;

    /// <summary>What to tell a user who asks 帮助 at this point; null lets the dialog below answer.</summary>
    public virtual string? GetHelp(DialogContext dc, DialogInstance instance) => null;

    /// <summary>How to phrase an answer (for prompts), used when no dialog on the stack has specific help.</summary>
    public virtual string? GetFormatHint(DialogContext dc, DialogInstance instance) => null;
}
