using System.Globalization;
using BuildingBot.Community.Import;
using CsvHelper;
using CsvHelper.Configuration;

namespace BuildingBot.Community.Policies;

/// <summary>
/// Reads policies from CSV (UTF-8; columns region_code, topic, title, body, effective_from, effective_to,
/// source_issuer, source_url); topics in English or Chinese (出行, 医保, 入学, 养老, 育儿, 就业, 社区事务, 其他).
/// Every problem names the line in the file and the column; a stray or unclosed quote is one too.
/// </summary>
public static class PolicyCsv
{
    public static (IReadOnlyList<PolicyCsvRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var rows = new List<PolicyCsvRow>();
        var problems = new List<ImportProblem>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim, MissingFieldFound = null, Mode = CsvMode.RFC4180, BadDataFound = MalformedCsv.Recorder(text, problems),
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], [new ImportProblem(1, "(header)", "the file is empty; expected a header line")]);
        }

        string[] required = ["region_code", "topic", "title", "body", "effective_from", "source_issuer"];
        var missing = required.Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return ([], [.. missing.Select(c => new ImportProblem(1, c, "column is missing from the header"))]);
        }

        while (csv.Read())
        {
            _ = csv.Parser.Record; // every cell, so a bad quote anywhere is found
            var line = MalformedCsv.LineOfRecord(text, csv.Parser);
            var topicText = csv.GetField("topic") ?? string.Empty;
            if (!PolicyTopicNames.TryParse(topicText, out var topic))
            {
                problems.Add(new ImportProblem(line, "topic", $"'{topicText}' is not a topic ({PolicyTopicNames.All})"));
            }

            var from = Date(csv.GetField("effective_from"), line, "effective_from", problems, required: true);
            var to = Date(csv.HeaderRecord!.Contains("effective_to") ? csv.GetField("effective_to") : null, line, "effective_to", problems, required: false);
            rows.Add(new PolicyCsvRow(line, new PolicyRequest
            {
                RegionCode = csv.GetField("region_code"), Topic = topic, Title = csv.GetField("title"), Body = csv.GetField("body"),
                EffectiveFrom = from, EffectiveTo = to, SourceIssuer = csv.GetField("source_issuer"),
                SourceUrl = csv.HeaderRecord!.Contains("source_url") ? csv.GetField("source_url") : null,
            }));
        }

        return (rows, [.. problems.OrderBy(p => p.Row)]);
    }

    private static DateOnly? Date(string? text, int line, string column, List<ImportProblem> problems, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add(new ImportProblem(line, column, "is required (yyyy-MM-dd)"));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new ImportProblem(line, column, $"'{text}' is not a date like 2026-12-01"));
        return null;
    }
}
