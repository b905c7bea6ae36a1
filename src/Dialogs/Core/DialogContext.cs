using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Core;

/// <summary>A dialog stack in one turn: begin, continue, end, cancel and replace dialogs on it.</summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;
    private readonly List<DialogInstance> _stack;

    public DialogContext(DialogSet dialogs, ITurnContext turn, TurnState state, List<DialogInstance> stack, DialogContext? parent = null)
    {
        _dialogs = dialogs;
        _stack = stack;
        Turn = turn;
        State = state;
        Parent = parent;
    }

    public ITurnContext Turn { get; }

    public TurnState State { get; }

    /// <summary>The context of the component dialog this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => _stack.Count > 0 ? _stack[^1] : null;

    public IReadOnlyList<DialogInstance> Stack => _stack;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null)
    {
        var dialog = _dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog '{dialogId}' is registered");
        _stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options).ConfigureAwait(false);
    }

    /// <summary>Passes the turn to the active dialog; Empty when the stack is empty.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync()
    {
        if (ActiveDialog is not { } active)
        {
            return DialogTurnResult.Empty;
        }

        return await Require(active).ContinueAsync(this).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null)
    {
        if (_stack.Count > 0)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (ActiveDialog is { } parent)
        {
            return await Require(parent).ResumeAsync(this, result).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Empties the stack, telling each dialog on it (top first) that it ends unfinished.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        var abandoned = _stack.AsEnumerable().Reverse().ToList();
        _stack.Clear();
        foreach (var instance in abandoned)
        {
            if (_dialogs.Find(instance.Id) is { } dialog)
            {
                await dialog.AbandonAsync(this, instance).ConfigureAwait(false);
            }
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent, and starts another in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null)
    {
        if (_stack.Count > 0)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options);
    }

    public async Task RepromptAsync()
    {
        if (ActiveDialog is { } active)
        {
            await Require(active).RepromptAsync(this).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Help for where the user is: the most specific help on the stack (a prompt's own, else the
    /// step's that asked it), else how to phrase the answer the active prompt expects.
    /// </summary>
    public string? GetHelp()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (Require(_stack[i]).GetHelp(this, _stack[i]) is { } help)
            {
                return help;
            }
        }

        return ActiveDialog is { } active ? Require(active).GetFormatHint(this, active) : null;
    }

    private Dialog Require(DialogInstance instance) =>
        _dialogs.Find(instance.Id) ?? throw new DialogStateException($"The stack names dialog '{instance.Id}', which this version does not have");
}
