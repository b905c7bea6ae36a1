using BuildingBot.Dialogs.State;

namespace BuildingBot.Dialogs.Core;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's values, and ways to move on.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, int index, object? result, StateBag values, object? options)
    {
        _dialog = dialog;
        Context = dc;
        Index = index;
        Result = result;
        Values = values;
        Options = options;
    }

    public DialogContext Context { get; }

    public Turns.ITurnContext Turn => Context.Turn;

    public int Index { get; }

    /// <summary>What the previous step or prompt produced (for the first step: null).</summary>
    public object? Result { get; }

    /// <summary>The values this dialog collected so far; kept between turns.</summary>
    public StateBag Values { get; }

    /// <summary>The options the dialog was begun with (first step only).</summary>
    public object? Options { get; }

    /// <summary>Runs the next step now, with <paramref name="result"/>: how a step skips a question whose answer is known.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null) => _dialog.RunStepAsync(Context, Index + 1, result, null);

    /// <summary>Runs the named step of this waterfall now (how a step goes back to ask again), with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, object? result = null)
    {
        var index = _dialog.Steps.ToList().FindIndex(s => s.Name == stepName);
        return index < 0
            ? throw new ArgumentException($"Dialog '{_dialog.Id}' has no step '{stepName}'", nameof(stepName))
            : _dialog.RunStepAsync(Context, index, result, null);
    }

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options) => Context.BeginDialogAsync(promptId, options);

    public Task<DialogTurnResult> EndAsync(object? result = null) => Context.EndDialogAsync(result);
}
