using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Unresolved;

namespace BuildingBot.BotHost.Understanding;

/// <summary>
/// /admin/understanding/unresolved: the messages the bot could not resolve (redacted), newest first; labelling one
/// appends it to the corpus file for the next training run; the .tsv exports every labelled one in the corpus format.
/// </summary>
internal static class UnresolvedEndpoints
{
    private const int MaxPageSize = 200;

    public sealed record Label(string Intent, string Category, IReadOnlyDictionary<string, string> Entities, DateTimeOffset At);

    public sealed record Item(
        long Id, string Text, string Role, string Context, string Guess, double Confidence, string? GuessCategory, string Reason,
        DateTimeOffset CreatedAt, Label? Label);

    public sealed record Page(int Total, int PageNumber, int PageSize, IReadOnlyList<Item> Items);

    public sealed record LabelRequest(string? Intent, string? Category, Dictionary<string, string>? Entities);

    public static IEndpointRouteBuilder MapUnresolvedMessages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/admin/understanding").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin");
        group.MapGet("/unresolved", ListAsync)
            .WithSummary("Messages the bot could not resolve, redacted, newest first: ?reason=LowConfidence|ClarifyUnanswered|Misunderstood&labelled=true|false&page=1&pageSize=50.");
        group.MapPost("/unresolved/{id:long}/label", LabelAsync)
            .WithSummary("Labels one message {intent, category?, entities?} and appends it to the corpus file for the next training run.");
        group.MapGet("/unresolved.tsv", ExportAsync)
            .WithSummary("Every labelled message in the corpus format (text, role, context, intent, category, entities).");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string? reason, string? labelled, int? page, int? pageSize, UnresolvedMessageStore store, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        UnresolvedReason? byReason = null;
        if (!string.IsNullOrEmpty(reason))
        {
            if (Enum.TryParse<UnresolvedReason>(reason, ignoreCase: true, out var r) && Enum.IsDefined(r) && !char.IsAsciiDigit(reason[0]))
            {
                byReason = r;
            }
            else
            {
                problems.Add($"reason must be one of {string.Join(", ", Enum.GetNames<UnresolvedReason>())}.");
            }
        }

        bool? byLabel = labelled switch { null or "" => null, "true" => true, "false" => false, _ => null };
        if (labelled is { Length: > 0 } and not ("true" or "false"))
        {
            problems.Add("labelled must be true or false.");
        }

        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            problems.Add($"page must be 1 or more, pageSize 1 to {MaxPageSize}.");
        }

        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("query", problems);
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        var (rows, total) = await store.ListAsync(byReason, byLabel, number, size, cancellationToken);
        return Results.Ok(new Page(total, number, size, rows.Select(View).ToList()));
    }

    private static async Task<IResult> LabelAsync(
        long id, LabelRequest request, UnresolvedMessageStore store, LabelledFile file, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } message)
        {
            return Results.Problem($"No unresolved message {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var (row, problems) = StaffLabel.Create(message, request.Intent, request.Category, request.Entities);
        if (row is null)
        {
            return AdminProblems.Invalid("label", problems);
        }

        if (!await store.LabelAsync(id, row.Intent.ToString(), row.Category, StaffLabel.Entities(row), clock.GetUtcNow(), cancellationToken))
        {
            return Results.Problem($"Unresolved message {id} is labelled already.", statusCode: StatusCodes.Status409Conflict);
        }

        try
        {
            await file.AppendAsync(row, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await store.UnlabelAsync(id, CancellationToken.None);
            return Results.Problem($"The label could not be written to the corpus file: {exception.Message}", statusCode: StatusCodes.Status500InternalServerError);
        }

        return Results.Ok(View((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> ExportAsync(UnresolvedMessageStore store, CancellationToken cancellationToken)
    {
        var rows = await store.LabelledAsync(cancellationToken);
        return Results.Text(LabelledFile.Render(rows.Select(StaffLabel.FromLabelled)), "text/tab-separated-values; charset=utf-8");
    }

    private static Item View(UnresolvedMessage m) => new(
        m.Id, m.Text, m.Role, m.Context, m.Guess, m.Confidence, m.GuessCategory, m.Reason.ToString(), m.CreatedAt,
        m.LabelledAt is { } at ? new Label(m.LabelIntent!, m.LabelCategory ?? "-", StaffLabel.FromLabelled(m).Entities, at) : null);
}
