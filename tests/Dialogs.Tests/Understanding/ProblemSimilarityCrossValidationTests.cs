using System.Globalization;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using Xunit.Abstractions;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// Leave-one-voice-out on corpus/duplicates/train: for each voice (a file, with its "-2" half), the model is fitted on the
/// other voices and judged on this one, so the figures say how it does on words it was not fitted on. The hand-weighted
/// rule it replaced (<see cref="ProblemFeatures"/>' first feature, at its old threshold 0.5) is judged on the same pairs.
/// Measured 2026-11-30 (793 pairs, 7 voices), at 0.50: this model (with the repeat rule) precision 83 %, recall 82 %; the
/// rule 83 %, 75 %; the same model with its weights held to the sign of agreement 81 %, 82 % (its precision is lower at
/// every threshold); the model without the repeat rule (the version before) 81 %, 71 %, with 5 % recall on the echoing voice.
/// With four more voices (1,133 pairs, 11 voices; two written afresh, two the former held-out) and the thesaurus grown
/// from their misses: model 82 % / 82 %, rule 77 % / 70 %; the per-voice figures are printed. Two more voices written
/// afresh (caregivers, tradespeople; 1,313 pairs, 13 voices) scored 87 % / 60 % and 86 % / 56 % before the thesaurus
/// learnt their words, 85 % / 76 % and 89 % / 76 % after; in all at 0.50 83 % / 84 %, at 0.45 80 % / 86 %.
/// On 2026-12-01 (1,853 pairs, 19 voices: four written afresh, two the former held-out set): at 0.45 77 % / 83 % before the
/// thesaurus learnt the new voices' words (they alone 60–67 % / 71–78 %); with the thesaurus grown from their misses,
/// 84 % / 88 %. Then two more voices written afresh (2,013 pairs, 21 voices) scored 88 % / 55 % and 88 % / 57 % before the
/// thesaurus was broadened from general knowledge (synonyms, dialect and colloquial forms for every concept) and from their
/// misses, 88 % / 75 % and 91 % / 80 % after; in all at 0.50 86 % / 87 %. Pairwise products of the features were tried:
/// +2 points of precision on the narrower thesaurus, nothing on the broader one, and lower scores for plain rewordings.
/// Late on 2026-12-01 (2,413 pairs, 25 voices: the held-out set of that morning and two voices written afresh moved in,
/// no thesaurus edit for them): the logistic regression at 0.50 85 % / 85 %, at 0.65 90 % / 76 %; boosted trees (100
/// trees of 8 leaves; 200 of 4 and 100 of 16 within a point) at 0.65 90 % / 81 %. That evening (3,013 pairs, 29
/// voices: the held-out set of the afternoon and four voices written afresh moved in): two new voices scored 87 % / 40 %
/// (mixed Chinese and English) and 89 % / 66 % (terse reports, typing slips) before the thesaurus learnt English words,
/// initialisms and slips (95 % / 74 %, 89 % / 66 % after); in all at 0.65 89 % / 79 %. On 2026-12-02 (3,413 pairs, 33
/// voices: two held-out sets moved in): 89 % / 78 % at 0.65, where 0.60 (88 % / 80 %) came closer to the targets; with
/// the thesaurus taught the misses of the two voices moved in (lift words, slang, building waste, scaffolding, dust),
/// 90 % / 80 % at 0.65, which comes closest again. Later on 2026-12-02 (3,813 pairs, 37 voices: the held-out set of
/// that morning and two voices written afresh moved in): 89 % / 78 % at 0.65, the new voices alone 63 % / 64 %
/// (residents active in shared spaces: fountains, courts, sheds, rooftop plots) and 84 % / 82 %. The thesaurus
/// broadened from general knowledge of a compound's things (no corpus read; 72 new concepts, 99 grown) gave 89 % / 78 %
/// (the shared-spaces voice 76 % / 82 %); replacing its risky single characters with longer terms as well, a point less.
/// Giving the model the length of the shorter report: 91 % / 82 % at 0.65 (more trees, the larger report's length or
/// counts of shared and unshared specific concepts as well: within a pair of the same). With the held-out set of that
/// afternoon moved in (4,013 pairs, 39 voices) and the thesaurus taught its misses (smoke alarms that beep falsely, roofs
/// blown off sheds, weak water pressure, toilet cisterns): 91 % / 82 % at 0.65. The model alone scored vague reports of
/// one thing low against fuller ones (3幢电梯又坏了 against 3幢升降梯又坏了: 0.48), since the training voices' hard
/// "different" pairs share the thing and differ in a detail; with a report that names nothing the other does not taken
/// for the same problem (<see cref="ProblemFeatures.TellsMoreVaguely"/>): 89 % / 85 % at 0.65, 90 % / 80 % at 0.75, which
/// comes closest to the targets.
/// </summary>
public class ProblemSimilarityCrossValidationTests(ITestOutputHelper output)
{
    [Fact]
    public void Score_BeatsTheRuleItReplaced_OnVoicesItWasNotFittedOn()
    {
        var scored = Scored.Value;
        var model = Judge(scored, s => s.Model >= ProblemSimilarity.Threshold);
        var rule = Judge(scored, s => s.Rule >= 0.5);

        output.WriteLine($"leave-one-voice-out: model {model}; rule {rule}");
        foreach (var voice in scored.GroupBy(s => s.Voice))
        {
            output.WriteLine($"  {voice.Key}: model {Judge(voice, s => s.Model >= ProblemSimilarity.Threshold)}");
        }

        // DUPLICATES_MISSES=voice prints that training voice's misjudged pairs, =* every voice's (to grow the thesaurus from;
        // never a held-out file).
        var voiceToShow = Environment.GetEnvironmentVariable("DUPLICATES_MISSES");
        foreach (var miss in scored.Where(s => (voiceToShow == "*" || s.Voice == voiceToShow) && s.Same != s.Model >= ProblemSimilarity.Threshold))
        {
            output.WriteLine($"  miss ({(miss.Same ? "same" : "different")}, {miss.Model:0.00}): {miss.First} | {miss.Second}");
        }

        Assert.True(model.F1 > rule.F1, $"model {model}; rule {rule}");
        Assert.True(model.Recall > rule.Recall, $"model {model}; rule {rule}");
    }

    /// <summary>
    /// The threshold (in steps of 0.05) that comes closest to both of issue 19's targets out of voice (precision 90 %,
    /// recall 80 %): the one whose worse ratio to its target is best. Until 2026-12-01 the rule was the most precise
    /// threshold keeping recall at 85 %, for a fitted model whose out-of-voice recall fell behind on voices never seen;
    /// the set measured next had it the other way round (precision 76 %, recall 86 %), so the rule now aims at the targets
    /// themselves.
    /// </summary>
    [Fact]
    public void Threshold_ComesClosestToBothTargets_OutOfVoice()
    {
        var scored = Scored.Value;
        var candidates = Enumerable.Range(6, 14).Select(t => t * 0.05).Select(t => (Threshold: t, Figures: Judge(scored, s => s.Model >= t))).ToList();
        foreach (var (threshold, figures) in candidates)
        {
            output.WriteLine($"at {threshold.ToString("0.00", CultureInfo.InvariantCulture)}: {figures}");
        }

        var best = candidates.MaxBy(c => Math.Min(c.Figures.Precision / 0.90, c.Figures.Recall / 0.80)).Threshold;
        Assert.Equal(ProblemSimilarity.Threshold, best, 3);
    }

    private static readonly Lazy<List<(string Voice, bool Same, double Model, double Rule, string First, string Second)>> Scored = new(LeaveOneVoiceOut);

    private static List<(string Voice, bool Same, double Model, double Rule, string First, string Second)> LeaveOneVoiceOut()
    {
        var pairs = DuplicatePair.ReadPath(RepositoryFiles.Path("corpus/duplicates/train"));
        var segmenter = new Segmenter();
        var rule = ProblemFeatures.Fit(ProblemConcepts.Shared, segmenter, []);
        var scored = new List<(string Voice, bool Same, double Model, double Rule, string First, string Second)>();
        foreach (var voice in pairs.GroupBy(p => Voice(p.Source)))
        {
            var similarity = new ProblemSimilarity(segmenter, ProblemConcepts.Shared, pairs.Where(p => Voice(p.Source) != voice.Key).ToList());
            scored.AddRange(voice.Select(p => (voice.Key, p.Same, similarity.Score(p.First, p.Second), rule.Of(p.First, p.Second)?[0] ?? 0, p.First, p.Second)));
        }

        return scored;
    }

    private static DuplicateFigures Judge(
        IEnumerable<(string Voice, bool Same, double Model, double Rule, string First, string Second)> scored,
        Func<(string Voice, bool Same, double Model, double Rule, string First, string Second), bool> said) =>
        DuplicateFigures.Of(scored.Select(s => (s.Same, said(s))));

    private static string Voice(string source) => Path.GetFileNameWithoutExtension(source).Replace("-2", string.Empty, StringComparison.Ordinal);
}
