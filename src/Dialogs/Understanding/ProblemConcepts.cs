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

        // A slip of the pen or the input method in a word that says where (三搂, 1单无) is read as the word it stands for.
        normalized = FloorSlip().Replace(normalized, "楼");
        normalized = UnitSlip().Replace(normalized, "单元");
        var found = LongestTerms.Find(normalized, _terms, _longest).SelectMany(t => t.Value).ToHashSet();

        // Where the reporter lives (我住9楼, 我是102的) is not where the problem is: those numbers are left out, and so is a
        // room the problem is told from (601楼上 is 701; 302，楼上淹我家),
        // nor is a floor one rides or climbs to instead (只能坐到5楼再爬一层, 背着孙子爬到11楼) or a count of floors (再爬一层),
        // nor a service number called (打120); 出入口 names both ways, so no side.
        var named = ServiceNumber().Replace(normalized, m => new string(' ', m.Length));
        named = Detour().Replace(named, m => new string(' ', m.Length));
        named = FloorCount().Replace(named, m => new string(' ', m.Length));
        var located = Self().Replace(named, m => new string(' ', m.Length));
        located = ReferencePoint().Replace(located, m => new string(' ', m.Length));
        var sided = BothWays().Replace(normalized, m => new string(' ', m.Length));
        var units = Unit().Matches(located).Select(m => Number(m.Groups[1].Value)).Where(u => u > 0).ToHashSet();
        var sides = Sides.Where(side => side.Pattern.IsMatch(sided)).Select(side => side.Name).ToHashSet();
        return new ProblemProfile(
            Of(found, 'o'), Of(found, 'p'), Of(found, 's'), Floors(located), units, sides, Identifiers(located), Floors(named), Identifiers(named));
    }

    /// <summary>
    /// The report without the numbers that say where (building, unit, floor, flat or other identifier): what is left says
    /// what is wrong. Reports whose places disagree never get this far (<see cref="ProblemFeatures"/>), so one that names
    /// a place the other leaves out (3幢2单元501电梯坏了 / 3幢电梯坏了) still repeats it.
    /// </summary>
    public static string WithoutNumberedPlaces(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var text = ServiceNumber().Replace(normalized, string.Empty);
        text = Building().Replace(text, string.Empty);
        text = Unit().Replace(text, string.Empty);
        text = Floor().Replace(text, string.Empty);
        return Identifier().Replace(text, string.Empty);
    }

    private static HashSet<int> Floors(string text)
    {
        var floors = new HashSet<int>();
        foreach (Match range in FloorRange().Matches(text))
        {
            var (low, high) = (Number(range.Groups[1].Value), Number(range.Groups[2].Value));
            floors.UnionWith(Enumerable.Range(Math.Min(low, high), Math.Abs(high - low) + 1).Where(f => f is > 0 and < 60));
        }

        foreach (Match open in OpenFloorRange().Matches(text))
        {
            var floor = Number(open.Groups[1].Value);
            floors.UnionWith(open.Groups[2].Value is "以上" or "往上" ? Enumerable.Range(floor, Math.Max(0, 60 - floor)) : Enumerable.Range(1, Math.Max(0, floor)));
        }

        floors.UnionWith(Floor().Matches(text).Select(m => Number(m.Groups[1].Value)).Where(f => f is > 0 and < 60));
        floors.UnionWith(Room().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        return floors;
    }

    /// <summary>Flats and other numbered identifiers (B-103 = B103), and numbered things of a kind (1号梯, 3号垃圾房, 二号门) as #n.</summary>
    private static HashSet<string> Identifiers(string text) =>
        Identifier().Matches(text).Select(m => m.Value.Replace("-", string.Empty, StringComparison.Ordinal))
            .Concat(NumberedThing().Matches(text).Select(m => $"#{Number(m.Groups[1].Value)}"))
            .ToHashSet(StringComparer.Ordinal);

    private static int Number(string text) => ChineseNumber.TryParse(text, out var value) ? value : -1;

    private static HashSet<ProblemConcept> Of(HashSet<ProblemConcept> found, char kind) => found.Where(c => c.Kind == kind).ToHashSet();

    private static ProblemConcepts Load()
    {
        using var stream = typeof(ProblemConcepts).Assembly.GetManifestResourceStream("BuildingBot.Dialogs.Understanding.ProblemConcepts.txt")
            ?? throw new InvalidOperationException("The problem thesaurus is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Lines "kind name [weight]: term term|kind:name,kind:name …"; # starts a comment. An English term of several words is
    /// written with hyphens (fire-exit) and found with hyphens or spaces (fire exit).
    /// </summary>
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
                var (word, targets) = bar < 0
                    ? (term, new[] { (kind, head[1]) })
                    : (term[..bar], term[(bar + 1)..].Split(',').Select(t => (t[0], t[2..])).ToArray());
                entries.Add((word, targets));
                if (word.Contains('-', StringComparison.Ordinal) && word.All(char.IsAscii))
                {
                    entries.Add((word.Replace('-', ' '), targets));
                }
            }
        }

        var terms = entries.GroupBy(e => e.Term, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(e => e.Targets).Distinct().Select(t => concepts.TryGetValue(t, out var c) ? c
                : throw new FormatException($"Term '{g.Key}' names unknown concept {t.Item1} {t.Item2}")).ToArray(),
            StringComparer.Ordinal);
        return new ProblemConcepts(terms);
    }

    [GeneratedRegex(@"(?<=[\d一二三四五六七八九十两]\s*)[搂喽篓娄]")]
    private static partial Regex FloorSlip();

    [GeneratedRegex(@"(?<=[\d一二三四五六七八九十两]\s*)单[无圆园]")]
    private static partial Regex UnitSlip();

    [GeneratedRegex(@"(?<!\d)(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*[-到~和至]\s*(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层|f)")]
    private static partial Regex FloorRange();

    [GeneratedRegex(@"(?<![负\d])(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层|f)\s*(以上|往上|以下|往下)")]
    private static partial Regex OpenFloorRange();

    [GeneratedRegex(@"(?:(?:我|他|她)们?(?:爸|妈|爷爷|奶奶|外婆|婆婆|女儿|儿子)?家(?:就|也)?(?:住|是)?|(?:我|他|她)们?(?:爸|妈|爷爷|奶奶|外婆|婆婆|女儿|儿子|亲家|父母|公婆|老人)?(?:就|也)?(?:住|是)|本人住)(?:在)?\s*(?:\d+\s*(?:栋|幢|号楼)\s*)?(?:\d+\s*单元\s*)?[a-z]?-?(?:\d{1,4}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层|f|室|号)?")]
    private static partial Regex Self();

    [GeneratedRegex(@"(?<![\d\-a-z])[a-z]?(?:\d+\s*-\s*){0,2}\d{3,4}\s*(?:室|号)?\s*[,，]?\s*(?=楼上|楼下|隔壁|对门|对面)")]
    private static partial Regex ReferencePoint();

    [GeneratedRegex(@"(?:坐到|坐至|按到|走到|到)\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层)\s*再|(?:爬|走|扛|背|抱|提)(?:上|到|回)(?:了)?\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层)")]
    private static partial Regex Detour();

    /// <summary>
    /// A numbered thing of a kind: 1号梯, 3号垃圾房, 二号门, 5号岗 — not a building (3号楼, the same for every report compared
    /// here), nor a date or time (3号下午, 5号开始).
    /// </summary>
    [GeneratedRegex(@"(?<![\d\-a-z])(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*号(?!楼|栋|幢|线|房|室|上午|下午|晚上|早上|中午|那天|开始|起|到|前|后|以来|之前|之后|左右)(?=[\u4e00-\u9fff])")]
    private static partial Regex NumberedThing();

    /// <summary>A service number called or calling (打120, 报110, 119来了): a number, not a flat.</summary>
    [GeneratedRegex(@"(?:打|拨|拨打|叫|报|call)(?:了)?\s*(?:110|119|120|122|12345|12315|12319|12369|999)(?!\d)|(?<!\d)(?:110|119|120|122)(?=急救|救护|报警|来了|到了|的车|的人)")]
    private static partial Regex ServiceNumber();

    [GeneratedRegex(@"(?:(?:爬|走|多|差|隔|再)(?:上|下)?|(?<!地)[上下])\s*(?:一|两|二|几|半)\s*层|(?:爬|走|多|差|隔)\s*(?:一|两|二|几|半)\s*楼")]
    private static partial Regex FloorCount();

    [GeneratedRegex("出入口|进出口")]
    private static partial Regex BothWays();

    [GeneratedRegex(@"(?<![负\d号])(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:楼|层|f)(?![房号])")]
    private static partial Regex Floor();

    [GeneratedRegex(@"(?<![\d\-a-z])(\d{1,2})\d{2}(?![\d点度分钟次个岁元年月日号块%]|天(?!花))")]
    private static partial Regex Room();

    [GeneratedRegex(@"\d+\s*(?:栋|幢|号楼|号)")]
    private static partial Regex Building();

    [GeneratedRegex(@"(\d+|[一二三四五六七八九十]+)\s*单元")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?<!\d)[a-z]?-?\d{3,4}(?![\d点度分钟次个岁元年月日号块%]|天(?!花))")]
    private static partial Regex Identifier();
}
