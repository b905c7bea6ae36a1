using System.Buffers;
using System.Text;

namespace BuildingBot.Community.Text;

/// <summary>
/// The one cleaning of text that arrives from outside (chat channels, admin imports): C0 and C1
/// control characters (NUL, ESC, DEL, carriage return …) and the invisible bidirectional formatting
/// characters (LRM/RLM/ALM marks, LRE/RLE/PDF/LRO/RLO embeddings and overrides, LRI/RLI/FSI/PDI
/// isolates) are removed, so what is stored and shown is what a reader sees. Tab and newline stay.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsUnwanted)]);

    /// <summary><paramref name="text"/> without the characters above; the same instance when there are none.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unwanted);
        if (first < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        kept.Append(text.AsSpan(0, first));
        foreach (var c in text.AsSpan(first))
        {
            if (!IsUnwanted(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary><see cref="Strip(string)"/> for optional values: null stays null.</summary>
    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);

    /// <summary>True for a character <see cref="Strip(string)"/> removes.</summary>
    public static bool IsUnwanted(char c) => (char.IsControl(c) && c is not ('\t' or '\n')) || IsBidiFormatting(c);

    private static bool IsBidiFormatting(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
