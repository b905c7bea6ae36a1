using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Infrastructure;
using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>POST /admin/import/{kind}: a roster CSV as the body (text/csv; the staff policy refuses any other type).</summary>
internal static class ImportEndpoints
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRosterImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/import/{kind}", ImportAsync)
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin")
            .WithSummary("Import a roster CSV (buildings, residents, grids, gridmembers or groups); all rows or none.")
            .Accepts<string>("text/csv")
            .Produces<ImportResult>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
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

        if (!RequestBodyLimit.Apply(request, MaxFileBytes))
        {
            return TooLarge();
        }

        try
        {
            var result = await importer.ImportAsync(rosterKind, request.Body, cancellationToken);
            return result.Succeeded ? Results.Ok(result) : ImportRejection.Of(result);
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
