using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace BuildingBot.Community.Policies;

/// <summary>
/// Reads policies from CSV (UTF-8; columns region_code, topic, title, body, effective_from, effective_to,
/// source_issuer, source_url); topics in English or Chinese (出行, 医保, 入学, 养老, 育儿, 就业, 社区事务, 其他).
/// Problems name the line and the column.
/// </summary>
public static class PolicyCsv
{
    public static (IReadOnlyList<PolicyRequest> Requests, IReadOnlyList<string> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var requests = new List<PolicyRequest>();
        var problems = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null };
        using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], ["the file is empty; expected a header line."]);
        }

        string[] required = ["region_code", "topic", "title", "body", "effective_from", "source_issuer"];
        var missing = required.Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return ([], [$"missing columns: {string.Join(", ", missing)}."]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var topicText = csv.GetField("topic") ?? string.Empty;
            if (!PolicyTopicNames.TryParse(topicText, out var topic))
            {
                problems.Add($"line {line}, topic: '{topicText}' is not a topic ({PolicyTopicNames.All}).");
            }

            var from = Date(csv.GetField("effective_from"), line, "effective_from", problems, required: true);
            var to = Date(csv.HeaderRecord!.Contains("effective_to") ? csv.GetField("effective_to") : null, line, "effective_to", problems, required: false);
            requests.Add(new PolicyRequest
            {
                RegionCode = csv.GetField("region_code"), Topic = topic, Title = csv.GetField("title"), Body = csv.GetField("body"),
                EffectiveFrom = from, EffectiveTo = to, SourceIssuer = csv.GetField("source_issuer"),
                SourceUrl = csv.HeaderRecord!.Contains("source_url") ? csv.GetField("source_url") : null,
            });
        }

        return (requests, problems);
    }

    private static DateOnly? Date(string? text, int line, string column, List<string> problems, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add($"line {line}, {column}: required (yyyy-MM-dd).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"line {line}, {column}: '{text}' is not a date like 2026-12-01.");
        return null;
    }
}
