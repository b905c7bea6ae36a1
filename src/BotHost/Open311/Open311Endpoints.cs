using System.Globalization;
using BuildingBot.BotHost.Access;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Privacy;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static BuildingBot.BotHost.Open311.Open311Models;

namespace BuildingBot.BotHost.Open311;

/// <summary>
/// Open311 GeoReport v2 (JSON) under /open311/v2/: discovery, services (our categories), service
/// definitions, requests (our work orders) to list, read and file. Statuses map to open/closed with
/// Chinese status notes; personal details (reporter, room, phone numbers) never leave.
/// </summary>
internal static class Open311Endpoints
{
    private const string Base = "/open311/v2";
    private const int MaxRequests = 1000;
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);
    private static readonly string[] Formats = ["application/json"];

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Base).WithTags("Open311 GeoReport v2");
        api.MapGet("/discovery.{format}", Discovery).WithSummary("Where this endpoint is and what it speaks.");
        api.MapGet("/services.{format}", (string format) => Json(format, () => Results.Ok(Services())))
            .WithSummary("The service list: one service per problem category.");
        api.MapGet("/services/{code}.{format}", (string code, string format) => Json(format, () => DefinitionOf(code)))
            .WithSummary("A service's definition: its extra attributes.");
        api.MapGet("/requests.{format}", ListAsync).WithSummary("Requests, filtered by id, service, dates and status (default: the last 90 days, at most 1000).");
        api.MapGet("/requests/{id}.{format}", ReadAsync).WithSummary("One request, as a list of one.");
        api.MapPost("/requests.{format}", CreateAsync).WithSummary("Files a request (form fields of the standard; api_key required).").DisableAntiforgery();
        return endpoints;
    }

    private static IResult Discovery(string format, HttpContext http, IOptions<Open311Options> options) => Json(format, () => Results.Ok(new
    {
        changeset = "2026-11-27T00:00:00Z",
        contact = options.Value.Contact,
        key_service = "向社区网格服务中心申请 api_key",
        endpoints = new[]
        {
            new
            {
                specification = "http://wiki.open311.org/GeoReport_v2",
                url = $"{http.Request.Scheme}://{http.Request.Host}{Base}",
                changeset = "2026-11-27T00:00:00Z",
                type = "production",
                formats = Formats,
            },
        },
    }));

    private static List<Service> Services() => Enum.GetValues<ProblemCategory>()
        .Select(c => new Service(Code(c), c.ToChinese(), $"{c.ToChinese()}类民情事项，派给负责该楼栋的网格员处理", true, "realtime", c.ToChinese(), "社区民情"))
        .ToList();

    private static IResult DefinitionOf(string code) => Category(code) is { } category
        ? Results.Ok(new Definition(Code(category),
        [
            new ServiceAttribute(true, "urgency", "singlevaluelist", false, "一般或紧急", 1, "紧急程度",
                [new AttributeValue("normal", "一般"), new AttributeValue("urgent", "紧急")]),
            new ServiceAttribute(true, "room", "string", false, "单元和房号，例如 2单元501（不会公开）", 2, "房号", []),
        ]))
        : Fail(StatusCodes.Status404NotFound, $"service_code '{code}' not found");

    private static async Task<IResult> ListAsync(
        string format, string? service_request_id, string? service_code, string? start_date, string? end_date, string? status,
        CommunityDbContext db, Redactor redactor, TimeProvider clock, CancellationToken ct)
    {
        if (format != "json")
        {
            return UnsupportedFormat();
        }

        if (!TryDate(start_date, out var start) || !TryDate(end_date, out var end))
        {
            return Fail(StatusCodes.Status400BadRequest, "start_date and end_date must be w3c datetimes, e.g. 2026-11-27T00:00:00+08:00");
        }

        var query = Orders(db);
        if (service_request_id is { Length: > 0 })
        {
            var ids = service_request_id.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(i => i.ToUpperInvariant()).ToList();
            query = query.Where(o => ids.Contains(o.Number));
        }
        else
        {
            if (service_code is { Length: > 0 })
            {
                var categories = service_code.Split(',', StringSplitOptions.TrimEntries).Select(Category).ToList();
                if (categories.Any(c => c is null))
                {
                    return Fail(StatusCodes.Status400BadRequest, $"unknown service_code in '{service_code}'");
                }

                query = query.Where(o => categories.Contains(o.Category));
            }

            if (status is { Length: > 0 })
            {
                var wanted = status.Split(',', StringSplitOptions.TrimEntries).ToList();
                if (wanted.Any(s => s is not ("open" or "closed")))
                {
                    return Fail(StatusCodes.Status400BadRequest, "status must be open, closed or both (comma-separated)");
                }

                var open = new[] { WorkOrderStatus.Submitted, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted };
                query = wanted.Contains("open") && wanted.Contains("closed") ? query
                    : wanted.Contains("open") ? query.Where(o => open.Contains(o.Status)) : query.Where(o => !open.Contains(o.Status));
            }
        }

        if (service_request_id is not { Length: > 0 })
        {
            // Filtered and limited in SQL. The bounds are UTC: PostgreSQL takes only offset 0, and SQLite stores
            // the UTC values as sortable integers (see SqliteCommunityDbContext), so equal offsets compare right.
            var to = (end ?? clock.GetUtcNow()).ToUniversalTime();
            var from = start?.ToUniversalTime() ?? (to.UtcDateTime - DateTime.MinValue > DefaultWindow ? to - DefaultWindow : DateTimeOffset.MinValue);
            query = query.Where(o => o.CreatedAt >= from && o.CreatedAt <= to);
        }

        var orders = await query.OrderByDescending(o => o.Id).Take(MaxRequests).ToListAsync(ct);
        return Results.Ok(await PublicAsync(orders.Select(ToRequest).ToList(), redactor, ct));
    }

    private static async Task<IResult> ReadAsync(string id, string format, CommunityDbContext db, Redactor redactor, CancellationToken ct)
    {
        if (format != "json")
        {
            return UnsupportedFormat();
        }

        var order = await Orders(db).FirstOrDefaultAsync(o => o.Number == Number(id), ct);
        return order is null ? Fail(StatusCodes.Status404NotFound, $"service_request_id '{id}' not found")
            : Results.Ok(await PublicAsync([ToRequest(order)], redactor, ct));
    }

    private static async Task<IResult> CreateAsync(
        string format, HttpRequest http, CommunityDbContext db, WorkOrderService service, IOptions<Open311Options> options, CancellationToken ct)
    {
        if (format != "json")
        {
            return UnsupportedFormat();
        }

        var form = http.HasFormContentType ? await http.ReadFormAsync(ct) : FormCollection.Empty;
        if (!SecretKeys.IsAllowed(form["api_key"].ToString(), options.Value.ApiKeys))
        {
            return Fail(StatusCodes.Status403Forbidden, "a valid api_key is required to file requests");
        }

        if (Category(form["service_code"].ToString()) is not { } category)
        {
            return Fail(StatusCodes.Status400BadRequest, "service_code is missing or unknown; see services.json");
        }

        var building = await BuildingAsync(db, form["address_id"].ToString(), form["address_string"].ToString(), ct);
        if (building is null)
        {
            return Fail(StatusCodes.Status400BadRequest,
                "address_id (compound code and building code, e.g. XF01-3) or address_string naming a building (e.g. 幸福家园3幢) is required; lat/long alone is not supported");
        }

        var urgency = form["attribute[urgency]"].ToString() switch
        {
            "" or "normal" => (Urgency?)Urgency.Normal,
            "urgent" => Urgency.Urgent,
            _ => null,
        };
        if (urgency is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "attribute[urgency] must be normal or urgent");
        }

        var media = form["media_url"].ToString();
        var outcome = await service.CreateAsync(new NewWorkOrder
        {
            SourceKey = $"open311:{Guid.NewGuid():N}", BuildingId = building.Value, Category = category, Urgency = urgency.Value,
            Description = form["description"].ToString(), Room = form["attribute[room]"].ToString() is { Length: > 0 and <= 32 } room ? room : null,
            PhotoUrl = Uri.TryCreate(media, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? media : null,
            Actor = WorkOrderActor.Admin("Open311"),
        }, ct);
        return outcome.Order is { } order
            ? Results.Ok(new[] { new Created(order.Number, $"已受理，{(order.Assignee is { } a ? $"已派给{a.Name}" : "等待社区派单")}", form["account_id"].ToString() is { Length: > 0 } account ? account : null) })
            : Fail(StatusCodes.Status400BadRequest, outcome.Refusal!.ToChinese());
    }

    private static IQueryable<WorkOrder> Orders(CommunityDbContext db) =>
        db.WorkOrders.AsNoTracking().Include(o => o.Building).ThenInclude(b => b!.Compound).Include(o => o.Assignee).Include(o => o.Grid);

    private static Request ToRequest(WorkOrder o) => new(
        o.Number,
        o.IsOpen ? "open" : "closed",
        o.Status switch
        {
            WorkOrderStatus.Resolved or WorkOrderStatus.Closed when o.Resolution is { } result => $"{o.Status.ToChinese()}：{result}",
            WorkOrderStatus.Assigned or WorkOrderStatus.Accepted when o.Assignee is { } who => $"{o.Status.ToChinese()}，{who.Name}负责",
            _ => o.Status.ToChinese(),
        },
        o.Category.ToChinese(), Code(o.Category), o.Description,
        o.Grid?.Name ?? "社区网格服务中心", null, o.CreatedAt, o.UpdatedAt,
        o.Status == WorkOrderStatus.Assigned ? o.AcceptDueAt : o.ResolveDueAt,
        $"{o.Building?.Compound?.Name}{o.Building?.Name}", $"{o.Building?.Compound?.Code}-{o.Building?.Code}", null, null, null,
        o.PhotoUrl is { } photo && photo.StartsWith("http", StringComparison.Ordinal) ? photo : null);

    private static async Task<int?> BuildingAsync(CommunityDbContext db, string addressId, string addressString, CancellationToken ct)
    {
        if (addressId.Split('-', 2) is [var compound, var code])
        {
            return await db.Buildings.Where(b => b.Compound!.Code == compound && b.Code == code).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        }

        if (addressString.Length == 0)
        {
            return null;
        }

        var candidates = await db.Buildings.Select(b => new { b.Id, Name = b.Compound!.Name + b.Name }).ToListAsync(ct);
        var named = candidates.Where(c => addressString.Contains(c.Name, StringComparison.Ordinal)).ToList();
        return named.Count == 1 ? named[0].Id : null;
    }

    private static IResult Json(string format, Func<IResult> result) => format == "json" ? result() : UnsupportedFormat();

    private static IResult UnsupportedFormat() => Fail(StatusCodes.Status400BadRequest, "only the json format is supported");

    private static IResult Fail(int status, string description) => Results.Json(new[] { new Error(status, description) }, statusCode: status);

    /// <summary>Order numbers are stored upper-case (WO-…); people may type them in any case.</summary>
    private static string Number(string id) => id.ToUpperInvariant();

    private static string Code(ProblemCategory category) => category.ToString();

    private static ProblemCategory? Category(string code) =>
        Enum.TryParse<ProblemCategory>(code, ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(code, CultureInfo.InvariantCulture, out _)
            ? category : null;

    private static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    /// <summary>Requests are public: their free texts pass the redactor (phones, IDs, rooms, residents' names).</summary>
    private static async Task<List<Request>> PublicAsync(List<Request> requests, Redactor redactor, CancellationToken ct)
    {
        var texts = await redactor.RedactAsync(requests.SelectMany(r => new[] { r.Description, r.StatusNotes }).ToList(), ct);
        return requests.Select((r, i) => r with { Description = texts[2 * i], StatusNotes = texts[(2 * i) + 1] }).ToList();
    }
}
