using System.Globalization;
using BuildingBot.Community.Export;
using Microsoft.AspNetCore.Mvc;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>A report as a download: .xlsx (one sheet per table, <see cref="XlsxExport"/>) or .csv (the first table, <see cref="CsvExport"/>); both formula-safe.</summary>
internal static class ReportFile
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStreamResult> OfAsync(string format, string name, IReadOnlyList<XlsxExport.Sheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var stream = new MemoryStream();
        if (format == "csv")
        {
            var sheet = sheets[0];
            await CsvExport.WriteAsync(stream, sheet.Header, sheet.Rows.Select(r => (IReadOnlyList<string?>)[.. r.Select(Text)]), cancellationToken);
            stream.Position = 0;
            return new FileStreamResult(stream, "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" };
        }

        await XlsxExport.WriteAsync(stream, sheets, cancellationToken);
        stream.Position = 0;
        return new FileStreamResult(stream, XlsxType) { FileDownloadName = name + ".xlsx" };
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
