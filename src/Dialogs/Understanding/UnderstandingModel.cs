using System.Diagnostics;
using BuildingBot.Community.Categories;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// The trained intent and category classifiers, the duplicate-report trees (<see cref="ProblemSimilarity"/>) and the
/// corpus version they were trained from. Trained from the labelled corpora built into the assembly: one command (or the
/// first recognition of a process) reproduces it.
/// </summary>
public sealed class UnderstandingModel
{
    private UnderstandingModel(TextModel intents, TextModel categories, BoostedTrees duplicates, string version, int messages, TimeSpan trainingTime)
    {
        Intents = intents;
        Categories = categories;
        Duplicates = duplicates;
        Version = version;
        Messages = messages;
        TrainingTime = trainingTime;
    }

    public TextModel Intents { get; }

    public TextModel Categories { get; }

    /// <summary>Whether two reports tell the same problem: the trees of <see cref="ProblemSimilarity"/>.</summary>
    public BoostedTrees Duplicates { get; }

    /// <summary>A short hash of the training corpus: equal versions understand alike.</summary>
    public string Version { get; }

    public int Messages { get; }

    /// <summary>How long training took; zero for a model that was loaded.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>True when the model was loaded as trained before (<see cref="Load"/>), not trained by this process.</summary>
    public bool Loaded { get; private init; }

    public static UnderstandingModel Train(
        IReadOnlyList<LabelledMessage> messages, string version, Func<string, SpeakerRole, ConversationCue, ModelInput> featurize)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(featurize);
        var watch = Stopwatch.StartNew();
        var inputs = messages.Select(m => (Message: m, Input: featurize(m.Text, m.Role, m.Cue))).ToList();
        // The three models are independent: fitted side by side.
        var duplicates = Task.Run(ProblemSimilarity.FitShared);
        var intents = Task.Run(() => TextModel.Train(inputs.Select(x => With(x.Input, x.Message.Intent.ToString())).ToList()));
        var categories = Task.Run(() => TextModel.Train(inputs
            .Where(x => x.Message.Intent == Intent.ReportProblem && Enum.TryParse<ProblemCategory>(x.Message.Category, out _))
            .Select(x => With(x.Input, x.Message.Category)).ToList()));
        return new UnderstandingModel(
            intents.GetAwaiter().GetResult(), categories.GetAwaiter().GetResult(), duplicates.GetAwaiter().GetResult(), version, messages.Count, watch.Elapsed);
    }

    /// <summary>A model loaded as trained before (the parts read with <see cref="TextModel.Load(Stream)"/> and <see cref="BoostedTrees.Load(Stream)"/>).</summary>
    public static UnderstandingModel Of(TextModel intents, TextModel categories, BoostedTrees duplicates, string version, int messages) =>
        new(intents, categories, duplicates, version, messages, TimeSpan.Zero) { Loaded = true };

    private static ModelInput With(ModelInput input, string label) => new()
    {
        Characters = input.Characters, Words = input.Words, Signals = input.Signals, Label = label,
    };
}
