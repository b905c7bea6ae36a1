namespace BuildingBot.Dialogs.Understanding;

/// <summary>The classifier's answer: the label it picks and the probability of every label.</summary>
public sealed class ModelOutput
{
    public string PredictedLabel { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
