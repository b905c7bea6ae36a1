namespace BuildingBot.Dialogs.Understanding;

/// <summary>Two problem reports from one building and category, labelled the same problem or not (corpus/duplicates).</summary>
public sealed record DuplicatePair(bool Same, string Category, string First, string Second, string Source)
{
    private const string ResourcePrefix = "BuildingBot.Dialogs.Understanding.Duplicates.";

    /// <summary>The training pairs (corpus/duplicates/train) embedded in this assembly.</summary>
    public static IReadOnlyList<DuplicatePair> ReadTraining()
    {
        var assembly = typeof(DuplicatePair).Assembly;
        var pairs = new List<DuplicatePair>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            pairs.AddRange(Read(reader, name[ResourcePrefix.Length..]));
        }

        return pairs;
    }

    /// <summary>Every pair of a .tsv file, or of every .tsv file in a folder.</summary>
    public static IReadOnlyList<DuplicatePair> ReadPath(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList() : [path];
        return files.SelectMany(file =>
        {
            using var reader = new StreamReader(file);
            return Read(reader, Path.GetFileName(file));
        }).ToList();
    }

    /// <summary>Lines "label	category	first report	second report" (label same or different); # starts a comment.</summary>
    public static IReadOnlyList<DuplicatePair> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<DuplicatePair>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 4)
            {
                continue;
            }

            pairs.Add(new DuplicatePair(fields[0].Trim() == "same", fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), source));
        }

        return pairs;
    }
}
