namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// What a pair of reports has in common, as numbers for <see cref="ProblemSimilarity"/>'s model: how far the things that
/// are wrong, the places and the symptoms agree (<see cref="ProblemConcepts"/>; each with a flag for "a report does not
/// say" and one for "they disagree"), the TF-IDF cosine of their jieba words and of their character 1–3-grams (fitted
/// on the training reports), the character-bigram Dice, and the length of the shorter report (a report of a few characters
/// names few things, so naming fewer than the other says less against it); all read without the reports' asides (<see cref="ReportAsides"/>). Null when the reports name different floors, units,
/// identifiers or sides (a hard conflict: never the same problem).
/// </summary>
public sealed class ProblemFeatures
{
    /// <summary>The feature that is 1 when the things, places or symptoms of the two reports disagree.</summary>
    private const int Disagreement = 3;

    private const string Particles = "的了也又都吧呢啊呀哦嘛啦呗";

    private readonly ProblemConcepts _concepts;
    private readonly Segmenter _segmenter;
    private readonly TermWeights<string> _words;
    private readonly TermWeights<ulong> _characters;

    private ProblemFeatures(ProblemConcepts concepts, Segmenter segmenter, TermWeights<string> words, TermWeights<ulong> characters)
    {
        _concepts = concepts;
        _segmenter = segmenter;
        _words = words;
        _characters = characters;
    }

    public static ProblemFeatures Fit(ProblemConcepts concepts, Segmenter segmenter, IEnumerable<string> reports)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        var texts = reports.Select(Clean).Distinct(StringComparer.Ordinal).ToList();
        return new ProblemFeatures(
            concepts,
            segmenter,
            new TermWeights<string>(texts.Select(t => (IReadOnlyCollection<string>)Words(segmenter, t)).ToList()),
            new TermWeights<ulong>(texts.Select(t => (IReadOnlyCollection<ulong>)CharacterGrams(t)).ToList()));
    }

    /// <summary>
    /// Whether one report repeats every word of the other (apart from asides, punctuation and the order of its clauses)
    /// and the other names no thing, place or symptom that disagrees: a neighbour telling the same problem again.
    /// </summary>
    public bool Repeats(string first, string second) => Of(first, second) is { } features && Repeats(features);

    /// <summary>
    /// <see cref="Repeats(string, string)"/> read from a pair's features (<see cref="Of"/>): nothing disagrees and the
    /// containment feature, the last, is 1.
    /// </summary>
    public static bool Repeats(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features[Disagreement] == 0 && features[^1] == 1;
    }

    /// <summary>
    /// One report names nothing the other does not (its thing, and whatever place and fault it names, are all the
    /// other's; what a fault does to a person aside): 3幢电梯又坏了 against 3幢升降梯又停运了，按了好久都没反应. In one
    /// building and category, within the window, that is the same problem told more vaguely, read from a pair's features
    /// (<see cref="Of"/>): nothing disagrees and the vaguer-telling feature, the last but one, is 1.
    /// </summary>
    public static bool TellsMoreVaguely(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features[Disagreement] == 0 && features[^2] == 1;
    }

    /// <summary>The first report names a thing, and every thing, place and fault it names (weight 1 or more) the second names too.</summary>
    private static bool Tells(ProblemProfile first, ProblemProfile second) =>
        first.Objects.Any(c => c.Weight >= 1)
        && first.Objects.Concat(first.Places).Concat(first.Symptoms).Where(c => c.Weight >= 1)
            .All(c => second.Objects.Contains(c) || second.Places.Contains(c) || second.Symptoms.Contains(c));

    public double[]? Of(string first, string second)
    {
        var a = Clean(first);
        var b = Clean(second);
        var left = _concepts.Read(a);
        var right = _concepts.Read(b);
        if (Conflict(left.Floors, right.Floors, left.NamedFloors, right.NamedFloors) || Conflict(left.Units, right.Units)
            || Conflict(left.Identifiers, right.Identifiers, left.NamedIdentifiers, right.NamedIdentifiers)
            || ProblemConcepts.Sides.Select(s => s.Group).Distinct().Any(group => Conflict(
                left.Sides.Where(group.Contains).ToHashSet(), right.Sides.Where(group.Contains).ToHashSet())))
        {
            return null;
        }

        var things = Agreement(left.Objects, right.Objects);
        var places = Agreement(left.Places, right.Places);
        var symptoms = Agreement(left.Symptoms, right.Symptoms);
        var dice = Dice(a, b);

        // The rule this model replaced, as one feature: it knows that one disagreement outweighs agreement elsewhere.
        var rule = (0.55 * (things ?? 0.3)) + (0.2 * (places ?? 0.5)) + (0.25 * (symptoms ?? 0.4)) + (0.3 * dice);
        rule *= (places is 0 ? 0.5 : 1) * (things is 0 ? 0.6 : 1) * (symptoms is 0 ? 0.6 : 1);
        return
        [
            rule,
            (things ?? 0.3) * (symptoms ?? 0.4),
            (things ?? 0.3) * (places ?? 0.5),
            things is 0 || places is 0 || symptoms is 0 ? 1 : 0,
            Jaccard([.. left.Objects, .. left.Places, .. left.Symptoms], [.. right.Objects, .. right.Places, .. right.Symptoms]),
            BothAdd(left.Objects, right.Objects), BothAdd(left.Places, right.Places), BothAdd(left.Symptoms, right.Symptoms),
            things ?? 0, things is null ? 1 : 0, things is 0 ? 1 : 0,
            places ?? 0, places is null ? 1 : 0, places is 0 ? 1 : 0,
            symptoms ?? 0, symptoms is null ? 1 : 0, symptoms is 0 ? 1 : 0,
            _words.Cosine(Words(_segmenter, a), Words(_segmenter, b)),
            _characters.Cosine(CharacterGrams(a), CharacterGrams(b)),
            dice,
            Math.Min(Letters(a), Letters(b)),
            Tells(left, right) || Tells(right, left) ? 1 : 0,
            Math.Pow(Containment(a, b), 4),
        ];
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);

    /// <summary>The report normalised and without its asides (urgency, whether to call, thanks): they are not the problem.</summary>
    private static string Clean(string text) => ReportAsides.Remove(ChineseText.Normalize(text));

    private static bool Conflict<T>(IReadOnlySet<T> left, IReadOnlySet<T> right) => left.Count > 0 && right.Count > 0 && !left.Overlaps(right);

    /// <summary>
    /// Where two reports put the problem disagrees, and neither names a flat or floor the other puts it at: a neighbour's
    /// leak reported from the flat below (楼上602漏水) and from the flat above (502阿姨讲她家天花板滴水，我是602) is one problem.
    /// </summary>
    private static bool Conflict<T>(IReadOnlySet<T> left, IReadOnlySet<T> right, IReadOnlySet<T> leftNamed, IReadOnlySet<T> rightNamed) =>
        Conflict(left, right) && !left.Overlaps(rightNamed) && !right.Overlaps(leftNamed);

    /// <summary>
    /// How far two reports agree on one kind of concept: over the specific concepts (weight 2) when both name one, else
    /// over all but context (weight below 1: 我妈下不了楼 in a lift report), which counts only when neither report names
    /// more; a weighted overlap coefficient (shared weight over the smaller set's), so a longer report's extra details
    /// cost nothing; null when either report names none (it does not say).
    /// </summary>
    private static double? Agreement(IReadOnlySet<ProblemConcept> left, IReadOnlySet<ProblemConcept> right)
    {
        if (left.Concat(right).Any(c => c.Weight >= 1))
        {
            left = left.Where(c => c.Weight >= 1).ToHashSet();
            right = right.Where(c => c.Weight >= 1).ToHashSet();
        }

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

    /// <summary>
    /// Weighted Jaccard of two concept sets: unlike the agreement, every detail only one report names counts against, but
    /// not what the problem does to a person (weight below 1: 我妈下不了楼), which is context, not a detail of the problem.
    /// </summary>
    private static double Jaccard(HashSet<ProblemConcept> left, HashSet<ProblemConcept> right)
    {
        left = left.Where(c => c.Weight >= 1).ToHashSet();
        right = right.Where(c => c.Weight >= 1).ToHashSet();
        var union = left.Union(right).Sum(c => c.Weight);
        return union == 0 ? 0 : left.Intersect(right).Sum(c => c.Weight) / union;
    }

    /// <summary>1 when each report names a specific concept of one kind that the other does not (a broken pane, a broken latch).</summary>
    private static double BothAdd(IReadOnlySet<ProblemConcept> left, IReadOnlySet<ProblemConcept> right) =>
        left.Any(c => c.Weight > 1 && !right.Contains(c)) && right.Any(c => c.Weight > 1 && !left.Contains(c)) ? 1 : 0;

    private static List<string> Words(Segmenter segmenter, string text) =>
        segmenter.Cut(text).Where(w => w.Any(char.IsLetterOrDigit)).ToList();

    private static List<ulong> CharacterGrams(string text)
    {
        var kept = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return Enumerable.Range(1, 3).SelectMany(n => Enumerable.Range(0, Math.Max(0, kept.Length - n + 1)).Select(i => Gram(kept.AsSpan(i, n)))).ToList();
    }

    /// <summary>A gram of one to three UTF-16 units as one number: its length, then each unit, 16 bits apiece.</summary>
    private static ulong Gram(ReadOnlySpan<char> units)
    {
        var gram = (ulong)units.Length;
        foreach (var unit in units)
        {
            gram = (gram << 16) | unit;
        }

        return gram;
    }

    /// <summary>Dice coefficient of the character bigrams (letters and digits only).</summary>
    private static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        return left.Count == 0 || right.Count == 0 ? 0 : 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }

    /// <summary>
    /// How much of the shorter report the longer one repeats (its share of the shorter's character bigrams, numbered places
    /// left out: they agree or one report does not say, or the pair was ruled out before): 1 for a report told again with
    /// more words. Raised to the 4th power it is near 0 unless one report repeats the other, so rewordings
    /// and reports that merely share words keep to the other features.
    /// </summary>
    private static double Containment(string a, string b)
    {
        var left = ClauseBigrams(ProblemConcepts.WithoutNumberedPlaces(a));
        var right = ClauseBigrams(ProblemConcepts.WithoutNumberedPlaces(b));
        var (shorter, longer) = left.Count <= right.Count ? (left, right) : (right, left);
        return shorter.Count == 0 ? 0 : (double)shorter.Count(longer.Contains) / shorter.Count;
    }

    /// <summary>
    /// The character bigrams within each clause (letters and digits between punctuation), whatever the clauses' order, read
    /// without particles (的, 了, 又 …), which a neighbour repeating a report adds or leaves out.
    /// </summary>
    private static HashSet<string> ClauseBigrams(string text)
    {
        var kept = new string(text.Where(c => !Particles.Contains(c)).ToArray());
        return Enumerable.Range(0, Math.Max(0, kept.Length - 1)).Where(i => char.IsLetterOrDigit(kept[i]) && char.IsLetterOrDigit(kept[i + 1]))
            .Select(i => kept.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var kept = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return Enumerable.Range(0, Math.Max(0, kept.Length - 1)).Select(i => kept.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
    }
}
