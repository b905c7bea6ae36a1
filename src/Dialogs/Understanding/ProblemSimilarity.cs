namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Whether two reports from one building and category describe the same problem, in the words each resident chose:
/// boosted trees (<see cref="BoostedTrees"/>) over <see cref="ProblemFeatures"/> (concept agreement from the thesaurus, TF-IDF
/// cosines over jieba words and character n-grams), fitted on the labelled training pairs embedded in this assembly
/// (corpus/duplicates/train; deterministic: fitted with the classifiers, saved and loaded with them in
/// <see cref="UnderstandingModel"/>). Reports naming different floors, units,
/// identifiers or sides score 0; a report that repeats the other (<see cref="ProblemFeatures.Repeats"/>: the same words
/// again with 很急 or 别打电话, other punctuation, clauses in another order) scores 1 whatever the model says, since the
/// model, fitted on rewordings and on different problems told in shared words, weighs shared words against "same"; so
/// does a report that names nothing the other does not (<see cref="ProblemFeatures.TellsMoreVaguely"/>: 3幢电梯又坏了
/// against 3幢升降梯又停运了), which the model, fitted on pairs that share a thing and differ in a detail, scores low.
/// Measured on corpus/duplicates/heldout by <c>ProblemSimilarityTests</c>, leave-one-voice-out on train/ by
/// <c>ProblemSimilarityCrossValidationTests</c>.
/// </summary>
public sealed class ProblemSimilarity
{
    /// <summary>
    /// At or above this score (the model's calibrated probability) two reports are taken for the same problem; chosen out of
    /// voice by <c>ProblemSimilarityCrossValidationTests</c> as the threshold closest to both issue 19 targets (precision
    /// 90 %, recall 80 %).
    /// </summary>
    public const double Threshold = 0.75;

    private static readonly Lazy<IReadOnlyList<DuplicatePair>> Training = new(DuplicatePair.ReadTraining);

    /// <summary>What the embedded training pairs' words weigh, with the shared thesaurus: fitted once per process, no ML.NET.</summary>
    private static readonly Lazy<ProblemFeatures> SharedFeatures = new(() => FitFeatures(new Segmenter(), ProblemConcepts.Shared, Training.Value));

    /// <summary>The trees fitted on the embedded training pairs: the same for every host in a process (about 3.5 s on two cores).</summary>
    private static readonly Lazy<BoostedTrees> SharedTrees = new(() => FitTrees(SharedFeatures.Value, Training.Value));

    private readonly ProblemFeatures _features;
    private readonly BoostedTrees _model;

    /// <summary>The model fitted on the embedded training pairs (corpus/duplicates/train).</summary>
    public ProblemSimilarity()
        : this(SharedTrees.Value)
    {
    }

    /// <summary>
    /// Trees fitted on the embedded training pairs by this build (<see cref="FitShared"/>), saved and loaded with the
    /// understanding model, over the features of the same pairs: a serving process never loads ML.NET for them.
    /// </summary>
    public ProblemSimilarity(BoostedTrees model)
    {
        _features = SharedFeatures.Value;
        _model = model;
    }

    public ProblemSimilarity(Segmenter segmenter, ProblemConcepts concepts, IReadOnlyList<DuplicatePair> training)
    {
        _features = FitFeatures(segmenter, concepts, training);
        _model = FitTrees(_features, training);
    }

    /// <summary>The trees of <see cref="ProblemSimilarity()"/>, fitted once per process, for the understanding model to save.</summary>
    public static BoostedTrees FitShared() => SharedTrees.Value;

    private static ProblemFeatures FitFeatures(Segmenter segmenter, ProblemConcepts concepts, IReadOnlyList<DuplicatePair> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return ProblemFeatures.Fit(concepts, segmenter, training.SelectMany(p => new[] { p.First, p.Second }));
    }

    private static BoostedTrees FitTrees(ProblemFeatures features, IReadOnlyList<DuplicatePair> training)
    {
        var examples = training.Select(p => (p.Same, Features: features.Of(p.First, p.Second))).Where(e => e.Features is not null).ToList();
        return BoostedTrees.Fit(examples.Select(e => e.Features!).ToList(), examples.Select(e => e.Same).ToList());
    }

    public bool IsSameProblem(string first, string second) => Score(first, second) >= Threshold;

    public double Score(string first, string second) =>
        _features.Of(first, second) is not { } features ? 0
        : ProblemFeatures.Repeats(features) || ProblemFeatures.TellsMoreVaguely(features) ? 1 : _model.Probability(features);
}
