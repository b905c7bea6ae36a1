using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Reads a report into a <see cref="ProblemProfile"/> with the thesaurus in <c>Data/problem-concepts.txt</c> (longest
/// term first at each position) and patterns for floors (3楼, 三层, 3f, a room number's first digits), units and sides.
/// The text is expected normalised (<see cref="ChineseText.Normalize"/>).
/// </summary>
public sealed partial class ProblemConcepts
{
    /// <summary>Sides of a building or compound; two reports naming different sides of one group (东门, 西门) are about different things.</summary>
    public static readonly (char Name, string Group, Regex Pattern)[] Sides =
    [
        ('L', "LR", new Regex("左边|左侧|左手|左面", RegexOptions.CultureInvariant)),
        ('R', "LR", new Regex("右边|右侧|右手|右面", RegexOptions.CultureInvariant)),
        ('E', "EWSN", new Regex("东门|东边|东侧|东面|东单元", RegexOptions.CultureInvariant)),
        ('W', "EWSN", new Regex("西门|西边|西侧|西面|西单元", RegexOptions.CultureInvariant)),
        ('S', "EWSN", new Regex("南门|南边|南侧", RegexOptions.CultureInvariant)),
        ('N', "EWSN", new Regex("北门|北边|北侧", RegexOptions.CultureInvariant)),
        ('I', "IO", new Regex("入口|进口|进去", RegexOptions.CultureInvariant)),
        ('O', "IO", new Regex("出口|出去", RegexOptions.CultureInvariant)),
    ];

    private readonly Dictionary<string, ProblemConcept[]> _terms;
    private readonly int _longest;

    private ProblemConcepts(Dictionary<string, ProblemConcept[]> terms)
    {
        _terms = terms;
        _longest = terms.Keys.Max(t => t.Length);
    }

    public static ProblemConcepts Shared { get; } = Load();

    public ProblemProfile Read(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new HashSet<ProblemConcept>();
        for (var i = 0; i < normalized.Length;)
        {
            var length = Math.Min(_longest, normalized.Length - i);
            for (; length > 0; length--)
            {
                if (_terms.TryGetValue(normalized.Substring(i, length), out var concepts))
                {
                    found.UnionWith(concepts);
                    break;
                }
            }

            i += Math.Max(length, 1);
        }

        var floors = new HashSet<int>();
        foreach (Match range in FloorRange().Matches(normalized))
        {
            floors.Add(int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            floors.Add(int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        floors.UnionWith(Floor().Matches(normalized).Select(m => Number(m.Groups[1].Value)).Where(f => f is > 0 and < 60));
        floors.UnionWith(Room().Matches(normalized).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        var units = Unit().Matches(normalized).Select(m => Number(m.Groups[1].Value)).Where(u => u > 0).ToHashSet();
        var sides = Sides.Where(side => side.Pattern.IsMatch(normalized)).Select(side => side.Name).ToHashSet();
        var identifiers = Identifier().Matches(normalized).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return new ProblemProfile(Of(found, 'o'), Of(found, 'p'), Of(found, 's'), floors, units, sides, identifiers);
    }

    private static int Number(string text) => ChineseNumber.TryParse(text, out var value) ? value : -1;

    private static HashSet<ProblemConcept> Of(HashSet<ProblemConcept> found, char kind) => found.Where(c => c.Kind == kind).ToHashSet();

    private static ProblemConcepts Load()
    {
        using var stream = typeof(ProblemConcepts).Assembly.GetManifestResourceStream("BuildingBot.Dialogs.Understanding.ProblemConcepts.txt")
            ?? throw new InvalidOperationException("The problem thesaurus is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Lines "kind name [weight]: term term|kind:name,kind:name …"; # starts a comment.</summary>
    internal static ProblemConcepts Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        var concepts = new Dictionary<(char, string), ProblemConcept>();
        var entries = new List<(string Term, (char Kind, string Name)[] Targets)>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kind = head[0][0];
            var weight = head.Length > 2 ? double.Parse(head[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
            concepts[(kind, head[1])] = new ProblemConcept(kind, head[1], weight);
            foreach (var term in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bar = term.IndexOf('|', StringComparison.Ordinal);
                entries.Add(bar < 0
                    ? (term, [(kind, head[1])])
                    : (term[..bar], term[(bar + 1)..].Split(',').Select(t => (t[0], t[2..])).ToArray()));
            }
        }

        var terms = entries.GroupBy(e => e.Term, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(e => e.Targets).Distinct().Select(t => concepts.TryGetValue(t, out var c) ? c
                : throw new FormatException($"Term '{g.Key}' names unknown concept {t.Item1} {t.Item2}")).ToArray(),
            StringComparer.Ordinal);
        return new ProblemConcepts(terms);
    }

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*[-到~和至]\s*(\d{1,2})\s*(?:楼|层|f)")]
    private static partial Regex FloorRange();

    [GeneratedRegex(@"(?<![负\d号])(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层|f)(?![房号])")]
    private static partial Regex Floor();

    [GeneratedRegex(@"(?<![\d\-a-z])(\d{1,2})\d{2}(?![\d点度分钟天次个岁元年月日号块%])")]
    private static partial Regex Room();

    [GeneratedRegex(@"(\d+|[一二三四五六七八九十]+)\s*单元")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?<!\d)[a-z]?-?\d{3,4}(?![\d点度分钟天次个岁元年月日号块%])")]
    private static partial Regex Identifier();
}
