using System.Globalization;
using System.Text;
using BuildingBot.Community.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace BuildingBot.Community.Import;

/// <summary>
/// A roster file read whole: UTF-8 with or without BOM, a header row, then data rows. Control and bidi
/// formatting characters are removed from every cell (<see cref="ControlCharacters"/>). A stray or unclosed
/// quote is a problem naming its line and column (<see cref="MalformedCsv"/>), never a cell read as garbage.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRow> rows) => Rows = rows;

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads the file; structural problems (encoding, missing columns) go to <paramref name="problems"/>.</summary>
    public static async Task<CsvTable> ReadAsync(
        Stream stream, IReadOnlyList<string> requiredColumns, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        string text;
        try
        {
            using var reader = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new ImportProblem(0, "(file)", "is not UTF-8; save it from the spreadsheet as \"CSV UTF-8\""));
            return new CsvTable([]);
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            Mode = CsvMode.RFC4180,
            BadDataFound = MalformedCsv.Recorder(text, problems),
            IgnoreBlankLines = true,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            problems.Add(new ImportProblem(1, "(header)", "the file is empty; the first row must name the columns"));
            return new CsvTable([]);
        }

        var header = csv.HeaderRecord.Select(h => ControlCharacters.Strip(h).Trim().ToLowerInvariant()).ToArray();
        foreach (var missing in requiredColumns.Where(c => !header.Contains(c)))
        {
            problems.Add(new ImportProblem(1, missing, "column is missing from the header"));
        }

        var rows = new List<CsvRow>();
        while (await csv.ReadAsync().ConfigureAwait(false))
        {
            _ = csv.Parser.Record; // every cell, also beyond the header, so a bad quote anywhere is found
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                fields[header[i]] = csv.TryGetField<string>(i, out var value) ? ControlCharacters.Strip(value ?? string.Empty) : string.Empty;
            }

            if (fields.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new CsvRow(csv.Parser.Row, fields, problems));
        }

        return new CsvTable(rows);
    }
}
