using BuildingBot.BotHost.Infrastructure;
using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>POST /admin/import/{kind}: a roster CSV as the body (text/csv) or as a form file.</summary>
internal static class ImportEndpoints
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Room for a multipart body's boundaries and part headers around the file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapRosterImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/import/{kind}", ImportAsync)
            .AddEndpointFilter<AdminAccessFilter>()
            .DisableAntiforgery()
            .WithTags("Admin")
            .WithSummary("Import a roster CSV (buildings, residents, grids, gridmembers or groups); all rows or none.")
            .Accepts<IFormFile>("multipart/form-data", "text/csv", "text/plain", "application/octet-stream")
            .Produces<ImportResult>()
            .Produces<ImportResult>(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(string kind, HttpRequest request, RosterImporter importer, CancellationToken cancellationToken)
    {
        if (!RosterKindNames.TryParse(kind, out var rosterKind))
        {
            return Results.Problem($"Unknown roster kind '{kind}'. Use one of: {RosterKindNames.All}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var isForm = request.HasFormContentType;
        if (!RequestBodyLimit.Apply(request, isForm ? MaxFileBytes + FormOverheadBytes : MaxFileBytes))
        {
            return TooLarge();
        }

        try
        {
            Stream body;
            if (isForm)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                if (form.Files.Count != 1)
                {
                    return Results.Problem("Attach exactly one CSV file.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (form.Files[0].Length > MaxFileBytes)
                {
                    return TooLarge();
                }

                body = form.Files[0].OpenReadStream();
            }
            else
            {
                body = request.Body;
            }

            await using (body)
            {
                var result = await importer.ImportAsync(rosterKind, body, cancellationToken);
                return result.Succeeded ? Results.Ok(result) : Results.UnprocessableEntity(result.FirstProblems(ImportResult.MaxProblemsListed));
            }
        }
        catch (BadHttpRequestException exception) when (RequestBodyLimit.IsTooLarge(exception))
        {
            return TooLarge();
        }
    }

    private static IResult TooLarge() => Results.Problem(
        $"The file is larger than {MaxFileBytes / 1024 / 1024} MB. Split the roster into smaller files and import them one after another.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
}
