using BuildingBot.Community.Regions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Whether a place is named right after a verb of going (去杭州, 回杭, 前往上海): the one list the recognizer and the travel dialog share.</summary>
public static class GoingWords
{
    private static readonly string[] Verbs = ["前往", .. RegionDirectory.GoingVerbs.Select(c => c.ToString())];

    /// <summary>Whether some mention of <paramref name="place"/> in the text comes right after one of <paramref name="leads"/>, or a verb of going.</summary>
    public static bool Lead(string text, string place, params string[] leads)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(place);
        for (var at = text.IndexOf(place, StringComparison.Ordinal); at >= 0; at = text.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            if (PrecedesAt(text, at) || leads.Any(lead => text.AsSpan(0, at).EndsWith(lead, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrecedesAt(string text, int index) =>
        Verbs.Any(verb => text.AsSpan(0, index).EndsWith(verb, StringComparison.Ordinal));
}
