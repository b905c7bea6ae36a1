namespace BuildingBot.Community.Understanding;

/// <summary>
/// The understanding classifiers trained from one version of the labelled corpus, serialised: trained once per release
/// (by `migrate`, or by the first process that finds none), then loaded by every process, which so starts in seconds
/// and never needs the memory that training takes.
/// </summary>
public sealed class TrainedModel
{
    public const int MaxKeyLength = 64;

    /// <summary>
    /// The corpus version and the build of the code that turns a message into features: a model is loaded only by the
    /// build that trained it, on the corpus it was trained from.
    /// </summary>
    public required string Key { get; set; }

    /// <summary>The intent classifier, as the understanding code saves it (its vocabulary, weights and biases).</summary>
    public required byte[] Intents { get; set; }

    /// <summary>The problem-category classifier, likewise.</summary>
    public required byte[] Categories { get; set; }

    /// <summary>The duplicate-report model's trees and calibration.</summary>
    public required byte[] Duplicates { get; set; }

    /// <summary>How many labelled messages it was trained from.</summary>
    public int Messages { get; set; }

    public DateTimeOffset TrainedAt { get; set; }
}
