namespace BuildingBot.Dialogs.Understanding;

/// <summary>Writes lexicon entries compactly: one weight, many space-separated phrases.</summary>
internal static class Phrases
{
    public static IEnumerable<(string Phrase, double Weight)> Tier(double weight, string phrases) =>
        phrases.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => (p, weight));
}
