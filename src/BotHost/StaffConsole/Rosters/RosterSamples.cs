using BuildingBot.Community.Export;
using BuildingBot.Community.Import;
using MiniExcelLibs;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>
/// The sample roster files (deploy/samples/*.csv, built into the assembly) as CSV, and as .xlsx with the same header and
/// rows on one sheet, for staff who keep their rosters in Excel.
/// </summary>
internal static class RosterSamples
{
    public static byte[] Csv(RosterKind kind)
    {
        using var stream = typeof(RosterSamples).Assembly.GetManifestResourceStream($"RosterSamples.{RosterKindWords.FileName(kind)}.csv")
                           ?? throw new InvalidOperationException($"the {kind} sample is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(RosterKind kind, CancellationToken cancellationToken)
    {
        using var csv = new MemoryStream(Csv(kind));
        var rows = csv.Query(useHeaderRow: false, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>()
            .Select(row => (IReadOnlyList<object?>)[.. row.Values.Select(v => v?.ToString())]).ToList();
        var header = rows[0].Select(h => h?.ToString() ?? string.Empty).ToList();
        using var xlsx = new MemoryStream();
        await XlsxExport.WriteAsync(xlsx, [new XlsxExport.Sheet(RosterKindWords.FileName(kind), header, rows.Skip(1))], cancellationToken);
        return xlsx.ToArray();
    }
}
