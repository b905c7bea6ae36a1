using BuildingBot.Community.Text;
using CsvHelper;

namespace BuildingBot.Community.Import;

/// <summary>
/// Turns CsvHelper's bad-data callback (a stray quote, or a quote never closed) into an <see cref="ImportProblem"/>
/// naming the line in the file where the record starts and the column, instead of reading the bad cell as text.
/// </summary>
internal static class MalformedCsv
{
    /// <summary>A <see cref="CsvHelper.Configuration.CsvConfiguration.BadDataFound"/> that records each bad cell once in <paramref name="problems"/>.</summary>
    public static BadDataFound Recorder(string text, List<ImportProblem> problems) => args =>
    {
        var parser = args.Context.Parser!;
        var start = RecordStart(parser.CharCount, args.RawRecord);
        var index = FieldIndex(args.RawRecord, args.Field);
        var header = args.Context.Reader?.HeaderRecord;
        var column = header is not null && index < header.Length ? ControlCharacters.Strip(header[index]).Trim().ToLowerInvariant() : $"(column {index + 1})";
        var unclosed = args.Field.TrimStart().StartsWith('"') && start + args.RawRecord.Length >= text.Length;
        var problem = new ImportProblem(LineAt(text, start), column, unclosed
            ? "has a quote that is never closed, so the rest of the file was read as this one cell; close the quote, or write a quote inside a cell twice (\"\")"
            : "has a stray quote; a cell that contains a quote must be quoted whole, with the quote written twice (\"\")");
        if (!problems.Contains(problem))
        {
            problems.Add(problem);
        }
    };

    /// <summary>The line in <paramref name="text"/> (the first is 1) where the record the parser has just read starts.</summary>
    public static int LineOfRecord(string text, IParser parser) =>
        LineAt(text, RecordStart(parser.CharCount, parser.RawRecord));

    private static int RecordStart(long charCount, string rawRecord) => (int)Math.Max(0, charCount - rawRecord.Length);

    private static int LineAt(string text, int offset) => 1 + text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n');

    /// <summary>Which field of the record holds <paramref name="field"/>: the separators before it outside quoted cells.</summary>
    private static int FieldIndex(string rawRecord, string field)
    {
        var at = rawRecord.IndexOf(field, StringComparison.Ordinal);
        var index = 0;
        var quoted = false;
        foreach (var c in rawRecord.AsSpan(0, Math.Max(at, 0)))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                index++;
            }
        }

        return index;
    }
}
