using System.Text.Json.Nodes;
using BuildingBot.Dialogs.State;

namespace BuildingBot.Dialogs.Core;

/// <summary>A dialog that runs its steps in order, one per answer, and ends after the last.</summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndex = "step";
    private const string StepName = "stepName";
    private const string ValuesKey = "values";

    public IReadOnlyList<WaterfallStep> Steps { get; } = steps;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.State[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, null, options);
    }

    /// <summary>A message while a step waits (no prompt on top): the text is the step's result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, dc.Turn.Activity.Text, null);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, result, null);
    }

    public override string? GetHelp(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var index = instance.State[StepIndex]?.GetValue<int>() ?? -1;
        return index >= 0 && index < Steps.Count ? Steps[index].Help : null;
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, object? options)
    {
        if (index >= Steps.Count)
        {
            return await dc.EndDialogAsync(result).ConfigureAwait(false);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndex] = index;
        instance.State[StepName] = Steps[index].Name;
        var values = instance.State[ValuesKey] as JsonObject ?? throw new DialogStateException($"Dialog '{Id}' has no values");
        var step = new WaterfallStepContext(this, dc, index, result, new StateBag(values), options);
        return await Steps[index].Run(step).ConfigureAwait(false);
    }

    private int CurrentStep(DialogContext dc)
    {
        var state = dc.ActiveDialog!.State;
        var index = state[StepIndex]?.GetValue<int>() ?? -1;
        var name = state[StepName]?.GetValue<string>();
        if (index < 0 || index >= Steps.Count || Steps[index].Name != name)
        {
            throw new DialogStateException($"Dialog '{Id}' has no step '{name}' at {index}");
        }

        return index;
    }
}
