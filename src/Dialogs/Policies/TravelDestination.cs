using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// Which of the places named in a message is where the resident is going: the one after a verb of going
/// or 老家 (从上海去杭州 → 杭州, 回老家阜阳 → 阜阳), the inner one of nested names (安徽阜阳 → 阜阳), and an
/// ambiguous name narrowed by the larger place named with it (辽宁朝阳 → the 朝阳 in 辽宁), and of a city and its
/// county of the same name the city (乌鲁木齐).
/// </summary>
internal static class TravelDestination
{
    private static readonly string[] HomeTown = ["老家在", "老家是", "老家"];

    /// <summary>Every region the destination may be: one when it is clear, several to ask about, none when no place is named.</summary>
    public static IReadOnlyList<Region> From(string text, IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> places, RegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(regions);
        var narrowed = places.Select((place, i) =>
        {
            var others = places.Where((_, j) => j != i).SelectMany(p => p.Regions).Select(r => r.Code).ToHashSet();
            var inside = place.Regions.Where(r => regions.WithAncestors(r).Skip(1).Any(a => others.Contains(a.Code))).ToList();
            return (place.Text, Regions: inside.Count > 0 ? inside : place.Regions);
        }).ToList();

        // A place that holds another place named with it (安徽 in 安徽阜阳) is not the destination itself.
        var innermost = narrowed.Where(place => !narrowed.Any(other => other.Text != place.Text && other.Regions.Any(inner =>
            regions.WithAncestors(inner).Skip(1).Any(a => place.Regions.Any(outer => outer.Code == a.Code))))).ToList();
        if (innermost.Count == 0)
        {
            return [];
        }

        var led = innermost.FirstOrDefault(place => GoingWords.Lead(text, place.Text, HomeTown));
        var candidates = (led.Regions ?? innermost[0].Regions).DistinctBy(r => r.Code).ToList();

        // 乌鲁木齐 is the city, not also its county of the same name: a candidate inside another one is dropped.
        return candidates.Where(c => !regions.WithAncestors(c).Skip(1).Any(a => candidates.Any(o => o.Code == a.Code))).ToList();
    }
}
