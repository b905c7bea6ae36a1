using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>
/// An uploaded roster as the CSV text the importer reads: a CSV file as it is, or the first sheet of an .xlsx workbook
/// (MiniExcel) written out row by row — empty rows too, so the importer's row numbers are the spreadsheet's. The rows are
/// read by the importer only; this changes the container, not the cells.
/// </summary>
internal static class SpreadsheetCsv
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldExcel = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>The file as CSV bytes, or the reason (in Chinese) it cannot be read as a roster at all.</summary>
    public static async Task<(byte[]? Csv, string? Problem)> ReadAsync(Stream upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy, cancellationToken);
        var bytes = copy.ToArray();
        if (bytes.AsSpan().StartsWith(OldExcel))
        {
            return (null, "这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再上传。");
        }

        if (!bytes.AsSpan().StartsWith(Zip))
        {
            return (bytes, null);
        }

        try
        {
            copy.Position = 0;
            return (FirstSheetAsCsv(copy), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            return (null, "无法读取这个 Excel 文件（.xlsx）：文件可能已损坏，请重新保存后再上传。");
        }
    }

    private static byte[] FirstSheetAsCsv(Stream xlsx)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            var sheet = MiniExcel.GetSheetNames(xlsx)[0];
            foreach (IDictionary<string, object?> row in xlsx.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                // A row of nothing still holds its place, so the importer's row numbers are the sheet's.
                var cells = row.Values.Select(Cell).ToList();
                foreach (var cell in cells.Count == 0 ? [string.Empty, string.Empty] : cells.Count == 1 ? [.. cells, string.Empty] : cells)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A cell as the CSV would have it: numbers without a thousands separator, dates as yyyy-MM-dd.</summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("0.###############", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
