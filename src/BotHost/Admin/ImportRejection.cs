using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// The answer to an import file with problems: 422 application/problem+json listing every problem by row and column
/// (at most <see cref="ImportResult.MaxProblemsListed"/>; problemCount counts them all). Nothing was written.
/// </summary>
internal static class ImportRejection
{
    public static IResult Problem(string title, IReadOnlyList<ImportProblem> problems, IDictionary<string, object?>? details = null)
    {
        var listed = problems.Take(ImportResult.MaxProblemsListed).ToList();
        var extensions = new Dictionary<string, object?>(details ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["problemCount"] = problems.Count,
            ["problems"] = listed,
        };
        var detail = string.Join("; ", listed.Take(3)) + (problems.Count > 3 ? $"; and {problems.Count - 3} more" : string.Empty) + ". Nothing was written.";
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title, extensions: extensions);
    }

    public static IResult Of(ImportResult result) => Problem(
        $"The {result.Kind.ToString().ToLowerInvariant()} file was rejected; nothing was written.",
        result.Problems,
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = result.Kind.ToString(), ["rows"] = result.Rows, ["created"] = 0, ["updated"] = 0, ["succeeded"] = false,
        });
}
