using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Persistence;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.Scheduling.Synchronisation;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Broadcasts;

/// <summary>
/// Admin API for broadcasts (通知/群发): preview the reach, create (now, at a time, or cron), list,
/// read with each group's delivery (queued, sent, waiting for the owner's confirmation, failed with
/// why), edit or cancel until it goes out, send it now. Every change re-synchronises Hangfire with the database (send-now
/// needs not: the scheduled run it pre-empts finds nothing left to send).
/// </summary>
internal static class BroadcastEndpoints
{
    public static IEndpointRouteBuilder MapBroadcastAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/broadcasts").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: broadcasts");
        admin.MapPost("/preview", PreviewAsync).WithSummary("How many groups a broadcast would reach, and what is wrong with it; saves nothing.");
        admin.MapPost("/", CreateAsync).WithSummary("Schedules a broadcast: sendAt (one-off), cron (recurring, in Community:TimeZone) or neither (now).");
        admin.MapGet("/", ListAsync).WithSummary("Broadcasts, newest first.");
        admin.MapGet("/{id:int}", DetailAsync).WithSummary("A broadcast with the delivery to each group.");
        admin.MapPut("/{id:int}", UpdateAsync).WithSummary("Changes a broadcast that has not gone out.");
        admin.MapDelete("/{id:int}", CancelAsync).WithSummary("Cancels a broadcast that has not gone out (a recurring one: its future occurrences).");
        admin.MapPost("/{id:int}/send-now", SendNowAsync)
            .WithSummary("Sends a broadcast now under its scheduled run's keys (a one-off is then Sent; a recurring one's next occurrence goes out early); 409 when sent or cancelled.");
        admin.MapPost("/{id:int}/retry-failed", RetryFailedAsync)
            .WithSummary("Queues a broadcast's failed deliveries again (same keys: each group still gets it at most once); answers how many.");
        return endpoints;
    }

    private static async Task<IResult> PreviewAsync(BroadcastRequest request, BroadcastService service, CancellationToken ct)
    {
        var (groups, problems) = await service.CheckAsync(request, ct);
        return Results.Ok(new { groups, problems });
    }

    private static async Task<IResult> CreateAsync(
        BroadcastRequest request, BroadcastService service, ScheduleSynchronizer synchronizer, HttpContext http, CancellationToken ct)
    {
        var (broadcast, groups, problems) = await service.CreateAsync(request, http.User.Identity?.Name ?? "admin", ct);
        if (broadcast is null)
        {
            return AdminProblems.Invalid("broadcast", problems);
        }

        await synchronizer.SyncAsync(ct);
        return Results.Created($"/admin/broadcasts/{broadcast.Id}", View(broadcast, groups));
    }

    private static async Task<IResult> UpdateAsync(
        int id, BroadcastRequest request, BroadcastService service, ScheduleSynchronizer synchronizer, CancellationToken ct)
    {
        var (broadcast, groups, problems) = await service.UpdateAsync(id, request, ct);
        if (broadcast is null)
        {
            return Results.Problem(problems[0], statusCode: StatusCodes.Status404NotFound);
        }

        if (problems.Count > 0)
        {
            return broadcast.Status == BroadcastStatus.Scheduled ? AdminProblems.Invalid("broadcast", problems) : Results.Problem(problems[0], statusCode: StatusCodes.Status409Conflict);
        }

        await synchronizer.SyncAsync(ct);
        return Results.Ok(View(broadcast, groups));
    }

    private static async Task<IResult> CancelAsync(int id, BroadcastService service, ScheduleSynchronizer synchronizer, CancellationToken ct)
    {
        if (await service.CancelAsync(id, ct) is { } problem)
        {
            return Results.Problem(problem, statusCode: problem.StartsWith("No ", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        await synchronizer.SyncAsync(ct);
        return Results.NoContent();
    }

    private static async Task<IResult> SendNowAsync(int id, BroadcastRunner runner, CancellationToken ct)
    {
        var (occurrence, groups, problem) = await runner.SendNowAsync(id, ct);
        if (problem is not null)
        {
            return Results.Problem(problem, statusCode: problem.StartsWith("No ", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        return Results.Ok(new { id, occurrence, groups });
    }

    private static async Task<IResult> ListAsync(CommunityDbContext db, CancellationToken ct) =>
        Results.Ok((await db.Broadcasts.AsNoTracking().OrderByDescending(b => b.Id).Take(200).ToListAsync(ct)).Select(b => View(b, null)));

    private static async Task<IResult> DetailAsync(
        int id, CommunityDbContext db, BroadcastTargets targets, BroadcastDeliveries deliveries, TimeProvider clock, CancellationToken ct)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (broadcast is null)
        {
            return Results.Problem($"No broadcast {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var (groups, _) = await targets.ResolveAsync(broadcast.TargetKind, broadcast.TargetCodes, ct);
        return Results.Ok(new
        {
            broadcast = View(broadcast, groups.Count), next = BroadcastSchedule.Next(broadcast, clock.GetUtcNow()),
            deliveries = await deliveries.OfAsync(id, ct),
        });
    }

    private static async Task<IResult> RetryFailedAsync(int id, CommunityDbContext db, BroadcastRetry retry, CancellationToken ct) =>
        await db.Broadcasts.AnyAsync(b => b.Id == id, ct)
            ? Results.Ok(new { id, retried = await retry.RetryFailedAsync(id, ct) })
            : Results.Problem($"No broadcast {id}.", statusCode: StatusCodes.Status404NotFound);

    private static BroadcastView View(Broadcast b, int? groups) =>
        new(b.Id, b.Title, b.Text, b.IsMarkdown, b.ImageUrl, b.TargetKind, b.TargetCodes, b.SendAt, b.Cron, b.TimeZone, b.Status, b.LastOccurrenceAt, groups);

    internal sealed record BroadcastView(
        int Id, string Title, string Text, bool Markdown, string? ImageUrl, BroadcastTargetKind Targets, string Codes, DateTimeOffset? SendAt,
        string? Cron, string TimeZone, BroadcastStatus Status, DateTimeOffset? LastOccurrenceAt, int? Groups);
}
