namespace BuildingBot.Dialogs.Understanding;

/// <summary>An intent the classifier considers, with its probability.</summary>
public sealed record IntentCandidate(Intent Intent, double Probability);
