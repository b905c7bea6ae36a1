using BuildingBot.BotHost.Access;
using System.Text;
using System.Text.Json;
using BuildingBot.BotHost.Admin;
using BuildingBot.BotHost.Infrastructure;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.Policies;

/// <summary>Admin API for the policy base: create, edit (a new version), retire, list, read with versions, import CSV or JSON (a CSV with problems: 422, every problem by line and column).</summary>
internal static class PolicyEndpoints
{
    private const int MaxImportBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPolicyAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/policies").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: policies");
        admin.MapPost("/", CreateAsync).WithSummary("Creates a policy (region code, topic, title, markdown body, effective dates, source).");
        admin.MapGet("/", ListAsync).WithSummary("Policies with their newest version.");
        admin.MapGet("/{id:int}", DetailAsync).WithSummary("A policy with every version.");
        admin.MapPut("/{id:int}", EditAsync).WithSummary("Edits a policy: the text and window become a new version; older versions still answer for their dates.");
        admin.MapDelete("/{id:int}", RetireAsync).WithSummary("Retires a policy: it answers nothing any more.");
        admin.MapPost("/import", ImportAsync).WithSummary("Imports policies from CSV (text/csv) or a JSON array; all or nothing.")
            .Accepts<string>("text/csv", "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(PolicyRequest request, PolicyBook book, CancellationToken ct)
    {
        var (policy, problems) = await book.CreateAsync(request, example: false, ct);
        return policy is null ? AdminProblems.Invalid("policy", problems) : Results.Created($"/admin/policies/{policy.Id}", new { policy.Id, versions = policy.Versions.Count });
    }

    private static async Task<IResult> EditAsync(int id, PolicyRequest request, PolicyBook book, CancellationToken ct)
    {
        var (policy, problems) = await book.EditAsync(id, request, ct);
        return policy is null ? Results.Problem(problems[0], statusCode: StatusCodes.Status404NotFound)
            : problems.Count > 0 ? AdminProblems.Invalid("policy", problems)
            : Results.Ok(new { policy.Id, version = policy.Versions.Max(v => v.Number) });
    }

    private static async Task<IResult> RetireAsync(int id, PolicyBook book, CancellationToken ct) =>
        await book.RetireAsync(id, ct) ? Results.NoContent() : Results.Problem($"No active policy {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(CommunityDbContext db, RegionDirectory regions, CancellationToken ct)
    {
        var policies = await db.Policies.AsNoTracking().Include(p => p.Versions).OrderBy(p => p.Id).ToListAsync(ct);
        return Results.Ok(policies.Select(p => p.Versions.MaxBy(v => v.Number) is { } v
            ? new
            {
                p.Id, p.RegionCode, regionName = regions.Find(p.RegionCode)?.Name, p.Topic, p.Retired, p.IsExample, v.Title, version = v.Number,
                v.EffectiveFrom, v.EffectiveTo, v.SourceIssuer,
            }
            : null));
    }

    private static async Task<IResult> DetailAsync(int id, CommunityDbContext db, RegionDirectory regions, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, ct);
        return policy is null
            ? Results.Problem($"No policy {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(new
            {
                policy.Id, policy.RegionCode, regionName = regions.Find(policy.RegionCode)?.Name, policy.Topic, policy.Retired, policy.IsExample,
                versions = policy.Versions.OrderBy(v => v.Number)
                    .Select(v => new { v.Number, v.Title, v.Body, v.EffectiveFrom, v.EffectiveTo, v.SourceIssuer, v.SourceUrl, v.CreatedAt }),
            });
    }

    private static async Task<IResult> ImportAsync(HttpRequest http, PolicyBook book, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var tooLarge = Results.Problem($"The file is larger than {MaxImportBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (!RequestBodyLimit.Apply(http, MaxImportBytes))
        {
            return tooLarge;
        }

        using var reader = new StreamReader(http.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
        string text;
        try
        {
            text = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            return Results.Problem("The file is not UTF-8; save it as “CSV UTF-8” and import it again.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException exception) when (RequestBodyLimit.IsTooLarge(exception))
        {
            return tooLarge;
        }

        IReadOnlyList<PolicyRequest> requests;
        if (http.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                requests = JsonSerializer.Deserialize<List<PolicyRequest>>(text, json.Value.SerializerOptions) ?? [];
            }
            catch (JsonException exception)
            {
                return AdminProblems.Invalid("policy", [$"the JSON does not parse: {exception.Message}"]);
            }
        }
        else
        {
            var (rows, csvProblems) = PolicyCsv.Read(text);
            var rowProblems = book.Check(rows, csvProblems);
            if (rowProblems.Count > 0)
            {
                return ImportRejection.Problem("The policy file was rejected; nothing was written.", rowProblems, new Dictionary<string, object?> { ["rows"] = rows.Count });
            }

            requests = [.. rows.Select(r => r.Request)];
        }

        var (imported, importProblems) = await book.ImportAsync(requests, ct);
        return importProblems.Count > 0 ? AdminProblems.Invalid("policy", importProblems) : Results.Ok(new { imported });
    }
}
