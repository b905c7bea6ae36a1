using System.Collections.Frozen;
using System.Text;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Puts what people type into one form before matching: Traditional characters to Simplified with
/// OpenCC's dictionaries (phrases first, then characters: 電梯→电梯, 6棟→6栋), full-width letters, digits and
/// punctuation to ASCII, letters to lower case. The result has the same length as the input, trimmed.
/// </summary>
public static class ChineseText
{
    private const int LongestPhrase = 8;

    private static readonly FrozenDictionary<char, char> Characters = ReadCharacters();
    private static readonly FrozenDictionary<string, string> Phrases = ReadPhrases();
    private static readonly FrozenSet<char> PhraseStarts = Phrases.Keys.Select(k => k[0]).ToFrozenSet();

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        var builder = new StringBuilder(trimmed.Length);
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (PhraseStarts.Contains(trimmed[i]) && Phrase(trimmed, i) is { } phrase)
            {
                builder.Append(phrase.Simplified);
                i += phrase.Simplified.Length - 1;
                continue;
            }

            var raw = trimmed[i];
            var c = raw switch
            {
                >= '！' and <= '～' => (char)(raw - 0xFEE0),
                '　' => ' ',
                _ => raw,
            };
            c = Characters.GetValueOrDefault(c, c);
            builder.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    private static (string Traditional, string Simplified)? Phrase(string text, int start)
    {
        for (var length = Math.Min(LongestPhrase, text.Length - start); length >= 2; length--)
        {
            var candidate = text.Substring(start, length);
            if (Phrases.TryGetValue(candidate, out var simplified))
            {
                return (candidate, simplified);
            }
        }

        return null;
    }

    private static FrozenDictionary<char, char> ReadCharacters() =>
        OpenCc("TSCharacters.txt").Where(e => e.Key.Length == 1 && e.Value.Length == 1 && e.Key[0] != e.Value[0])
            .ToFrozenDictionary(e => e.Key[0], e => e.Value[0]);

    // Only phrases that keep their length, so positions in the normalised text match the original.
    private static FrozenDictionary<string, string> ReadPhrases() =>
        OpenCc("TSPhrases.txt").Where(e => e.Key.Length == e.Value.Length && e.Key.Length <= LongestPhrase)
            .ToFrozenDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    // Each line: a Traditional form, a tab, and one or more Simplified forms separated by spaces (the first is the usual one).
    private static List<KeyValuePair<string, string>> OpenCc(string file)
    {
        using var stream = typeof(ChineseText).Assembly.GetManifestResourceStream($"BuildingBot.Dialogs.Understanding.OpenCC.{file}")
            ?? throw new InvalidOperationException($"The OpenCC dictionary {file} is not embedded in {typeof(ChineseText).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var traditional, var simplified, ..])
            {
                continue;
            }

            entries.Add(KeyValuePair.Create(traditional, simplified.Split(' ')[0]));
        }

        return entries.DistinctBy(e => e.Key, StringComparer.Ordinal).ToList();
    }
}
