namespace BuildingBot.Dialogs.Understanding;

/// <summary>Finds the terms of a thesaurus in a text, left to right, the longest term first at each position, without overlaps.</summary>
public static class LongestTerms
{
    public static IEnumerable<(int Start, int Length, T Value)> Find<T>(string text, IReadOnlyDictionary<string, T> terms, int longest)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        for (var i = 0; i < text.Length;)
        {
            var length = Math.Min(longest, text.Length - i);
            for (; length > 0; length--)
            {
                if (terms.TryGetValue(text.Substring(i, length), out var value))
                {
                    yield return (i, length, value);
                    break;
                }
            }

            i += Math.Max(length, 1);
        }
    }
}
