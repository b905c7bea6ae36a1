namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Whether two reports from one building and category describe the same problem, in the words each resident chose.
/// Each report is read into a <see cref="ProblemProfile"/>. Two reports naming different floors, units, identifiers
/// (702 / 703, b-103 / b-108) or sides of one kind (东门 / 西门, 入口 / 出口) are different problems. Otherwise the
/// score is 0.55 × the agreement of the things that are wrong, 0.2 × of the places and 0.25 × of the symptoms (each over
/// the specific concepts when both reports name one; a neutral 0.3 / 0.5 / 0.4 when a report does not say), plus 0.3 × the character-bigram Dice of the texts; then halved when the places disagree, × 0.6 when the
/// things disagree and × 0.6 when the symptoms disagree (a lamp that is off and a lamp that never goes off).
/// Measured on corpus/duplicates (labelled pairs, see its README) by <c>ProblemSimilarityTests</c>.
/// </summary>
public sealed class ProblemSimilarity(ProblemConcepts concepts)
{
    /// <summary>At or above this score two reports are taken for the same problem.</summary>
    public const double Threshold = 0.5;

    public ProblemSimilarity()
        : this(ProblemConcepts.Shared)
    {
    }

    public bool IsSameProblem(string first, string second) => Score(first, second) >= Threshold;

    public double Score(string first, string second)
    {
        var a = ChineseText.Normalize(first);
        var b = ChineseText.Normalize(second);
        var left = concepts.Read(a);
        var right = concepts.Read(b);
        if (Conflict(left.Floors, right.Floors) || Conflict(left.Units, right.Units) || Conflict(left.Identifiers, right.Identifiers)
            || ProblemConcepts.Sides.Select(s => s.Group).Distinct().Any(group => Conflict(
                left.Sides.Where(group.Contains).ToHashSet(), right.Sides.Where(group.Contains).ToHashSet())))
        {
            return 0;
        }

        var things = Agreement(left.Objects, right.Objects);
        var places = Agreement(left.Places, right.Places);
        var symptoms = Agreement(left.Symptoms, right.Symptoms);
        var score = (0.55 * (things ?? 0.3)) + (0.2 * (places ?? 0.5)) + (0.25 * (symptoms ?? 0.4)) + (0.3 * Dice(a, b));
        score *= places is 0 ? 0.5 : 1;
        score *= things is 0 ? 0.6 : 1;
        score *= symptoms is 0 ? 0.6 : 1;
        return score;
    }

    private static bool Conflict<T>(IReadOnlySet<T> left, IReadOnlySet<T> right) => left.Count > 0 && right.Count > 0 && !left.Overlaps(right);

    /// <summary>
    /// How far two reports agree on one kind of concept: over the specific concepts (weight 2) when both name one, else
    /// over all; a weighted overlap coefficient (shared weight over the smaller set's), so a longer report's extra
    /// details cost nothing; null when either report names none (it does not say).
    /// </summary>
    private static double? Agreement(IReadOnlySet<ProblemConcept> left, IReadOnlySet<ProblemConcept> right)
    {
        var mine = left.Where(c => c.Weight > 1).ToList();
        var theirs = right.Where(c => c.Weight > 1).ToList();
        IReadOnlyCollection<ProblemConcept> a = mine.Count > 0 && theirs.Count > 0 ? mine : left;
        IReadOnlyCollection<ProblemConcept> b = mine.Count > 0 && theirs.Count > 0 ? theirs : right;
        if (a.Count == 0 || b.Count == 0)
        {
            return null;
        }

        return a.Intersect(b).Sum(c => c.Weight) / Math.Min(a.Sum(c => c.Weight), b.Sum(c => c.Weight));
    }

    /// <summary>Dice coefficient of the character bigrams (letters and digits only).</summary>
    private static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        return left.Count == 0 || right.Count == 0 ? 0 : 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var kept = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return Enumerable.Range(0, Math.Max(0, kept.Length - 1)).Select(i => kept.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
    }
}
