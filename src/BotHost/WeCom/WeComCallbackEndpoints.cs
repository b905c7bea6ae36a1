using System.Diagnostics.Metrics;
using System.Text;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Inbox;
using BuildingBot.WeCom.Callbacks;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// /wecom/app/callback (self-built app, XML) and /wecom/bot/callback (smart bot, JSON): URL
/// verification on GET; on POST verify, decrypt, store the activity in the inbox (the inbound durable queue) and acknowledge. Every
/// refusal is a plain 400 with no detail, a log line with the reason, and a metric.
/// </summary>
internal static partial class WeComCallbackEndpoints
{
    private static readonly Meter Meter = new("BuildingBot.WeCom");
    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>("buildingbot.wecom.callbacks.rejected", description: "Refused WeCom callbacks, by reason");

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
            return Results.Text(verifier.Verify(query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]), "text/plain");
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
            await inbox.EnqueueAsync(activity, http.RequestAborted);
            return Results.Text(string.Empty);
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
            await inbox.EnqueueAsync(activity, http.RequestAborted);
            return Results.Text(string.Empty);
        }
        catch (CallbackRejectedException exception)
        {
            return Reject(logs, http, exception);
        }
    }

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

        var buffer = new byte[CallbackVerifier.MaxBodyBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await http.Request.Body.ReadAsync(buffer.AsMemory(read), http.RequestAborted)) > 0)
        {
            read += chunk;
        }

        return read > CallbackVerifier.MaxBodyBytes
            ? throw new CallbackRejectedException("size", "The body is larger than 64 KB")
            : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static IResult Reject(ILoggerFactory logs, HttpContext http, CallbackRejectedException exception)
    {
        Rejected.Add(1, new KeyValuePair<string, object?>("reason", exception.Reason));
        LogRejected(logs.CreateLogger("BuildingBot.WeCom.Callbacks"), http.Request.Path, exception.Reason, exception.Message);
        return Results.Text("bad request", statusCode: StatusCodes.Status400BadRequest);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WeCom callback on {Path}: {Reason} ({Detail})")]
    private static partial void LogRejected(ILogger logger, string path, string reason, string detail);
}
