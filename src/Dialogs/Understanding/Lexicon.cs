namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Weighted phrases. A phrase of two or more characters matches anywhere in the text; a single
/// character matches only as a whole word of the segmentation, so 修 in 装修 does not count.
/// </summary>
internal sealed class Lexicon<TLabel>(IReadOnlyDictionary<TLabel, (string Phrase, double Weight)[]> entries)
    where TLabel : notnull
{
    public Dictionary<TLabel, double> Score(string text, IReadOnlySet<string> words)
    {
        var scores = new Dictionary<TLabel, double>();
        foreach (var (label, phrases) in entries)
        {
            var score = 0.0;
            foreach (var (phrase, weight) in phrases)
            {
                if (phrase.Length == 1 ? words.Contains(phrase) : text.Contains(phrase, StringComparison.Ordinal))
                {
                    score += weight;
                }
            }

            if (score > 0)
            {
                scores[label] = score;
            }
        }

        return scores;
    }
}
