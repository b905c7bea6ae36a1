namespace BuildingBot.Dialogs.Core;

/// <summary>
/// One step of a waterfall. The name is stored with the stack, so a deployment that reorders or
/// removes steps is detected instead of resuming the wrong step.
/// </summary>
public sealed record WaterfallStep(string Name, Func<WaterfallStepContext, Task<DialogTurnResult>> Run, string? Help = null);
