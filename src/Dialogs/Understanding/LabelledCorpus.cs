using System.Security.Cryptography;
using System.Text;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Reads labelled messages: the training corpus built into the assembly, or any file or folder in the corpus format.</summary>
public static class LabelledCorpus
{
    private const string ResourcePrefix = "BuildingBot.Dialogs.Understanding.Corpus.";

    /// <summary>The training messages (corpus/understanding/train) embedded in this assembly, and a short hash naming that version.</summary>
    public static (IReadOnlyList<LabelledMessage> Messages, string Version) ReadTraining()
    {
        var assembly = typeof(LabelledCorpus).Assembly;
        var messages = new List<LabelledMessage>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd();
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            messages.AddRange(Read(new StringReader(text), name[ResourcePrefix.Length..]));
        }

        return (messages, Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
    }

    /// <summary>Every message of a .tsv file, or of every .tsv file under a folder.</summary>
    public static IReadOnlyList<LabelledMessage> ReadPath(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        var messages = new List<LabelledMessage>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            messages.AddRange(Read(reader, Path.GetFileName(file)));
        }

        return messages;
    }

    public static IReadOnlyList<LabelledMessage> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var messages = new List<LabelledMessage>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && line[0] != '#')
            {
                messages.Add(LabelledMessage.Parse(line, $"{source}:{number}"));
            }
        }

        return messages;
    }
}
