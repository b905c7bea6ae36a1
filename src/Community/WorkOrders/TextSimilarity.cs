namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// How alike two short Chinese texts are: the Dice coefficient of their character bigrams (letters,
/// digits and CJK only). Works without a word segmenter and is robust to word order.
/// </summary>
public static class TextSimilarity
{
    public static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var kept = new string(text.Where(char.IsLetterOrDigit).ToArray());
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < kept.Length; i++)
        {
            grams.Add(kept.Substring(i, 2));
        }

        return grams;
    }
}
