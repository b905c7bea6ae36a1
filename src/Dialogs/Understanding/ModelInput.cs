namespace BuildingBot.Dialogs.Understanding;

/// <summary>What the classifier reads of a message: its characters, its words (with the writer's role and context as words), and the deterministic parsers' signals.</summary>
public sealed class ModelInput
{
    public string Characters { get; set; } = string.Empty;

    public string Words { get; set; } = string.Empty;

    public float[] Signals { get; set; } = new float[ModelSignals.Count];

    public string Label { get; set; } = string.Empty;
}
