using TagList = System.Diagnostics.TagList;
using System.Buffers;
using System.Diagnostics.Metrics;
using System.Text;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Inbox;
using BuildingBot.WeCom;
using BuildingBot.WeCom.Callbacks;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// /wecom/app/callback (self-built app, XML) and /wecom/bot/callback (smart bot, JSON): URL
/// verification on GET; on POST verify, decrypt, store the activity in the inbox (the inbound durable queue) and acknowledge. Every
/// refusal is a plain 400 with no detail, a log line with the reason, and a metric (<see cref="WeComTelemetry.Callbacks"/>
/// counts every callback by its result).
/// </summary>
internal static partial class WeComCallbackEndpoints
{
    public static IEndpointRouteBuilder MapWeComCallbacks(this IEndpointRouteBuilder endpoints, WeComSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.App is not null)
        {
            endpoints.MapGet("/wecom/app/callback", (HttpContext http, [FromKeyedServices("app")] CallbackVerifier verifier, ILoggerFactory logs) =>
                Verify(http, verifier, logs)).ExcludeFromDescription();
            endpoints.MapPost("/wecom/app/callback", AppAsync).ExcludeFromDescription();
        }

        if (settings.Bot is not null)
        {
            endpoints.MapGet("/wecom/bot/callback", (HttpContext http, [FromKeyedServices("bot")] CallbackVerifier verifier, ILoggerFactory logs) =>
                Verify(http, verifier, logs)).ExcludeFromDescription();
            endpoints.MapPost("/wecom/bot/callback", BotAsync).ExcludeFromDescription();
        }

        return endpoints;
    }

    private static IResult Verify(HttpContext http, CallbackVerifier verifier, ILoggerFactory logs)
    {
        var query = http.Request.Query;
        try
        {
            var echo = verifier.Verify(query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]);
            Count(http, "verified");
            return Results.Text(echo, "text/plain");
        }
        catch (CallbackRejectedException exception)
        {
            return Reject(logs, http, exception);
        }
    }

    private static async Task<IResult> AppAsync(
        HttpContext http, [FromKeyedServices("app")] CallbackVerifier verifier, ActivityInbox inbox, TimeProvider clock, ILoggerFactory logs)
    {
        try
        {
            var body = await ReadBodyAsync(http);
            var (encrypted, _) = AppMessage.ParseEnvelope(body);
            var query = http.Request.Query;
            var plain = verifier.Verify(query["msg_signature"], query["timestamp"], query["nonce"], encrypted);
            var activity = Read(() => AppMessage.Parse(plain), m => WeComActivities.From(m, clock.GetUtcNow()));
            return await StoreAsync(http, inbox, activity);
        }
        catch (CallbackRejectedException exception)
        {
            return Reject(logs, http, exception);
        }
    }

    private static async Task<IResult> BotAsync(
        HttpContext http, [FromKeyedServices("bot")] CallbackVerifier verifier, ActivityInbox inbox, WeComSettings settings, TimeProvider clock, ILoggerFactory logs)
    {
        try
        {
            var body = await ReadBodyAsync(http);
            var query = http.Request.Query;
            var plain = verifier.Verify(query["msg_signature"], query["timestamp"], query["nonce"], BotMessage.ParseEnvelope(body));
            var activity = Read(() => BotMessage.Parse(plain), m => WeComActivities.From(m, clock.GetUtcNow(), settings.Bot!.Name));
            return await StoreAsync(http, inbox, activity);
        }
        catch (CallbackRejectedException exception)
        {
            return Reject(logs, http, exception);
        }
    }

    /// <summary>Stores the activity in the inbox and acknowledges it; a retry of one stored before is acknowledged as a duplicate.</summary>
    private static async Task<IResult> StoreAsync(HttpContext http, ActivityInbox inbox, Activity activity)
    {
        System.Diagnostics.Activity.Current?.SetTag(BuildingBot.Dialogs.Turns.DialogsMetrics.ConversationIdTag, activity.Conversation.ConversationId);
        var stored = await inbox.EnqueueAsync(activity, http.RequestAborted);
        Count(http, stored is null ? "duplicate" : "acknowledged");
        return Results.Text(string.Empty);
    }

    private static void Count(HttpContext http, string result) =>
        WeComTelemetry.Callbacks.Add(1, new TagList { { "endpoint", Endpoint(http) }, { "result", result } });

    private static string Endpoint(HttpContext http) => http.Request.Path.StartsWithSegments("/wecom/bot", StringComparison.OrdinalIgnoreCase) ? "bot" : "app";

    /// <summary>
    /// Parses a verified body and builds its activity. The library refuses what it does not understand; should
    /// anything else still throw here, the signed body was malformed — a 400 like the others, not a 500.
    /// </summary>
    private static Activity Read<TMessage>(Func<TMessage> parse, Func<TMessage, Activity> toActivity)
    {
        try
        {
            return toActivity(parse());
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new CallbackRejectedException("parse", $"The message could not be read ({exception.GetType().Name})", exception);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > CallbackVerifier.MaxBodyBytes)
        {
            throw new CallbackRejectedException("size", "The body is larger than 64 KB");
        }

        // Pooled: a fresh 64 KB buffer per callback made every acknowledgement allocate (and the GC clear) 64 KB.
        var buffer = ArrayPool<byte>.Shared.Rent(CallbackVerifier.MaxBodyBytes + 1);
        try
        {
            var read = 0;
            int chunk;
            while (read <= CallbackVerifier.MaxBodyBytes
                && (chunk = await http.Request.Body.ReadAsync(buffer.AsMemory(read, CallbackVerifier.MaxBodyBytes + 1 - read), http.RequestAborted)) > 0)
            {
                read += chunk;
            }

            return read > CallbackVerifier.MaxBodyBytes
                ? throw new CallbackRejectedException("size", "The body is larger than 64 KB")
                : Encoding.UTF8.GetString(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult Reject(ILoggerFactory logs, HttpContext http, CallbackRejectedException exception)
    {
        WeComTelemetry.CallbacksRejected.Add(1, new KeyValuePair<string, object?>("reason", exception.Reason));
        Count(http, exception.Reason);
        LogRejected(logs.CreateLogger("BuildingBot.WeCom.Callbacks"), http.Request.Path, exception.Reason, exception.Message);
        return Results.Text("bad request", statusCode: StatusCodes.Status400BadRequest);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WeCom callback on {Path}: {Reason} ({Detail})")]
    private static partial void LogRejected(ILogger logger, string path, string reason, string detail);
}
