using System.Diagnostics;
using System.Diagnostics.Metrics;
using BuildingBot.WeCom.Api;

namespace BuildingBot.WeCom;

/// <summary>
/// WeCom's metrics and traces ("BuildingBot.WeCom"): callbacks by endpoint and result, API calls by API and errors by
/// errcode, and a client span for each API call (a child of the delivery that made it). Nothing here carries a token,
/// a secret, a text or a person's details.
/// </summary>
public static class WeComTelemetry
{
    public const string Name = "BuildingBot.WeCom";

    /// <summary>The errcode tag of a call that got no WeCom answer at all (connection refused, timeout).</summary>
    public const string NoAnswer = "no_answer";

    public static readonly ActivitySource Tracing = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Callbacks =
        Meter.CreateCounter<long>("buildingbot.wecom.callbacks", description: "WeCom callbacks, by endpoint and result (acknowledged, duplicate, verified, or the reason refused)");

    public static readonly Counter<long> CallbacksRejected =
        Meter.CreateCounter<long>("buildingbot.wecom.callbacks.rejected", description: "Refused WeCom callbacks, by reason");

    private static readonly Counter<long> ApiCalls =
        Meter.CreateCounter<long>("buildingbot.wecom.api.calls", description: "Calls of WeCom's API, by API");

    private static readonly Counter<long> ApiErrors =
        Meter.CreateCounter<long>("buildingbot.wecom.api.errors", description: "Failed calls of WeCom's API, by API and errcode (http_NNN: an HTTP failure)");

    /// <summary>Runs one API call inside its span, counting it and, when it fails, its errcode.</summary>
    public static async Task<T> TrackAsync<T>(string api, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var parent = Activity.Current;
        using var span = Tracing.StartActivity($"wecom {api}", ActivityKind.Client);
        span?.SetTag("wecom.api", api);
        if (parent?.GetTagItem("buildingbot.conversation.id") is { } conversation)
        {
            span?.SetTag("buildingbot.conversation.id", conversation);
        }

        ApiCalls.Add(1, new KeyValuePair<string, object?>("api", api));
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (ErrorCode(exception) is { } errcode)
        {
            ApiErrors.Add(1, new TagList { { "api", api }, { "errcode", errcode } });
            span?.SetTag("wecom.errcode", errcode);
            span?.SetStatus(ActivityStatusCode.Error, $"errcode {errcode}");
            throw;
        }
    }

    private static string? ErrorCode(Exception exception) => exception switch
    {
        WeComApiException { ErrorCode: not 0 } weCom => weCom.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        WeComApiException { HttpStatus: { } status } => $"http_{status}",
        WeComApiException or HttpRequestException or TaskCanceledException => NoAnswer,
        _ => null,
    };
}
