using System.Text.Json;
using System.Text.Json.Nodes;
using BuildingBot.Dialogs.State;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// A dialog made of dialogs: it keeps its own inner stack inside its state, so its parts are
/// invisible to (and cannot collide with) the dialogs around it.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStack = "inner";

    protected DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog started when the component begins.</summary>
    protected string? InitialDialogId { get; set; }

    protected Dialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return dialog;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (inner, stack) = Inner(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs"), options)
            .ConfigureAwait(false);
        return await AfterInnerAsync(dc, stack, result).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (inner, stack) = Inner(dc);
        var result = await inner.ContinueDialogAsync().ConfigureAwait(false);
        return await AfterInnerAsync(dc, stack, result).ConfigureAwait(false);
    }

    public override Task RepromptAsync(DialogContext dc) => Inner(dc).Context.RepromptAsync();

    public override string? GetHelp(DialogContext dc, DialogInstance instance) => Inner(dc, instance).Context.GetHelp();

    private (DialogContext Context, List<DialogInstance> Stack) Inner(DialogContext dc, DialogInstance? instance = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        List<DialogInstance> stack;
        try
        {
            stack = (instance ?? dc.ActiveDialog!).State[InnerStack]?.Deserialize<List<DialogInstance>>(StateJson.Options) ?? [];
        }
        catch (JsonException exception)
        {
            throw new DialogStateException($"Dialog '{Id}' has an inner stack of another shape", exception);
        }

        return (new DialogContext(Dialogs, dc.Turn, dc.State, stack, dc), stack);
    }

    private static async Task<DialogTurnResult> AfterInnerAsync(DialogContext dc, List<DialogInstance> stack, DialogTurnResult result)
    {
        if (result.Status == DialogTurnStatus.Complete)
        {
            return await dc.EndDialogAsync(result.Result).ConfigureAwait(false);
        }

        if (result.Status == DialogTurnStatus.Cancelled)
        {
            return await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        }

        dc.ActiveDialog!.State[InnerStack] = JsonSerializer.SerializeToNode(stack, StateJson.Options);
        return DialogTurnResult.Waiting;
    }
}
