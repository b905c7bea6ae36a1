using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>POST /admin/import/{kind}: a roster CSV as the body (text/csv) or as a form file.</summary>
internal static class ImportEndpoints
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

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
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(string kind, HttpRequest request, RosterImporter importer, CancellationToken cancellationToken)
    {
        if (!RosterKindNames.TryParse(kind, out var rosterKind))
        {
            return Results.Problem($"Unknown roster kind '{kind}'. Use one of: {RosterKindNames.All}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.ContentLength > MaxFileBytes)
        {
            return Results.Problem($"The file is larger than {MaxFileBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        Stream body;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
            {
                return Results.Problem("Attach exactly one CSV file.", statusCode: StatusCodes.Status400BadRequest);
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
            return result.Succeeded ? Results.Ok(result) : Results.UnprocessableEntity(result);
        }
    }
}
