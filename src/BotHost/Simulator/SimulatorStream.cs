using System.Text.Json;

namespace BuildingBot.BotHost.Simulator;

/// <summary>GET …/conversations/{conversationId}/events: each new message of a known conversation, as Server-Sent Events, up to a cap of open streams.</summary>
internal static class SimulatorStream
{
    public static RouteGroupBuilder MapSimulatorStream(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations/{conversationId}/events", StreamAsync).WithSummary("Server-Sent Events: each new message of a conversation.");
        return api;
    }

    /// <summary>A live stream of a known group or person, while fewer than the cap are open.</summary>
    private static async Task<IResult> StreamAsync(
        string conversationId, long? after, HttpContext http, SimulatorDirectory directory, SimulatorHub hub, CancellationToken ct)
    {
        if (await directory.GroupAsync(conversationId, ct) is null && await directory.PersonAsync(conversationId, ct) is null)
        {
            return Results.Problem($"No simulator conversation '{conversationId}'.", statusCode: StatusCodes.Status404NotFound);
        }

        using var lease = hub.TryOpenStream();
        if (lease is null)
        {
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem("Too many live streams are open; try again shortly.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        await WriteStreamAsync(conversationId, after, http, hub, ct);
        return Results.Empty;
    }

    private static async Task WriteStreamAsync(string conversationId, long? after, HttpContext http, SimulatorHub hub, CancellationToken ct)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var cursor = after ?? 0;
        await http.Response.WriteAsync(": connected\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<SimulatorMessageView> messages;
            await using (var scope = http.RequestServices.CreateAsyncScope())
            {
                messages = await scope.ServiceProvider.GetRequiredService<SimulatorTranscript>().ReadAsync(conversationId, cursor, ct);
            }

            foreach (var message in messages)
            {
                await http.Response.WriteAsync($"id: {message.Id}\ndata: {JsonSerializer.Serialize(message, SimulatorMessageView.Json)}\n\n", ct);
                cursor = message.Id;
            }

            await http.Response.Body.FlushAsync(ct);
            await hub.WaitAsync(TimeSpan.FromSeconds(1), ct);
        }
    }
}
