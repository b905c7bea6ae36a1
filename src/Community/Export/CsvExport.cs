using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace BuildingBot.Community.Export;

/// <summary>
/// The one writer of every CSV the product hands out (exports for staff to open in a spreadsheet). UTF-8
/// with a BOM so Excel reads Chinese, a header row, and OWASP's CSV-injection defence: a cell that begins
/// with =, +, -, @, a tab or a carriage return gets a leading single quote, so a spreadsheet shows it as
/// text instead of running it as a formula (CsvHelper's <see cref="InjectionOptions.Escape"/>).
/// </summary>
public static class CsvExport
{
    /// <summary>The characters a spreadsheet may take as the start of a formula.</summary>
    public static IReadOnlyList<char> FormulaCharacters { get; } = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task WriteAsync(
        Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration());
        foreach (var row in rows.Prepend(header))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell ?? string.Empty);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The file as text (without the BOM), for small exports and tests.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, Configuration()))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = [.. FormulaCharacters],
        InjectionEscapeCharacter = '\'',
        NewLine = "\r\n",
    };
}
