using BuildingBot.Community.Categories;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// The deterministic parsers' findings as numbers the classifier weighs: each intent's and category's lexicon
/// score, and whether the message holds a trip (a verb of going before a place), a room, an order number, a date,
/// a phone, a household code, a school place, a notice passed on, words to neighbours, a pointer at the writer's
/// earlier report, a colleague named to take an order, and who writes in what context.
/// </summary>
public static class ModelSignals
{
    private static readonly Intent[] Intents = Enum.GetValues<Intent>();
    private static readonly ProblemCategory[] Categories = Enum.GetValues<ProblemCategory>();

    /// <summary>28 intents, 10 categories, 14 flags and the context.</summary>
    public const int Count = 53;

    internal static float[] Of(
        IReadOnlyDictionary<Intent, double> intentScores, IReadOnlyDictionary<ProblemCategory, double> categoryScores,
        bool trip, bool place, bool address, bool livesAt, bool order, bool date, bool phone, bool code, bool school,
        MessageForm form, SpeakerRole role, ConversationCue cue)
    {
        var signals = new float[Count];
        var i = 0;
        foreach (var intent in Intents)
        {
            signals[i++] = Scale(intentScores.GetValueOrDefault(intent));
        }

        foreach (var category in Categories)
        {
            signals[i++] = Scale(categoryScores.GetValueOrDefault(category));
        }

        foreach (var flag in (bool[])[trip, place, address, livesAt, order, date, phone, code, school,
            form.Notice, form.ToNeighbours, form.EarlierReport, form.Delegates, role == SpeakerRole.Grid])
        {
            signals[i++] = flag ? 1 : 0;
        }

        signals[i++] = (float)cue / 4;
        return i == Count ? signals : throw new InvalidOperationException($"ModelSignals.Count is {Count} but {i} signals were made");
    }

    private static float Scale(double score) => (float)Math.Min(score, 10) / 5;
}
