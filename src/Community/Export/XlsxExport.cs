using MiniExcelLibs;

namespace BuildingBot.Community.Export;

/// <summary>
/// The one writer of the .xlsx files the product hands out (MiniExcel): one sheet per table, a header row, numbers as numbers.
/// Text cells get the same CSV-injection defence as <see cref="CsvExport"/>: one that begins with =, +, -, @, a tab or a carriage
/// return gets a leading single quote, so a spreadsheet shows it as text instead of running it as a formula.
/// </summary>
public static class XlsxExport
{
    public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

    public static async Task WriteAsync(Stream stream, IReadOnlyList<Sheet> sheets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            book[sheet.Name] = sheet.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < sheet.Header.Count; i++)
                {
                    cells[sheet.Header[i]] = i < row.Count ? Safe(row[i]) : null;
                }

                return cells;
            }).ToList();
        }

        await stream.SaveAsAsync(book, excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A text that a spreadsheet could take for a formula, quoted; anything else as it is.</summary>
    public static object? Safe(object? cell) =>
        cell is string { Length: > 0 } text && CsvExport.FormulaCharacters.Contains(text[0]) ? "'" + text : cell;
}
