using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BuildingBot.Dialogs.Turns;

/// <summary>The engine's metrics and traces ("BuildingBot.Dialogs"), for OpenTelemetry or dotnet-counters.</summary>
public static class DialogsMetrics
{
    public const string Name = "BuildingBot.Dialogs";

    /// <summary>The span attribute naming the conversation; spans carry ids only, never texts, names or phones.</summary>
    public const string ConversationIdTag = "buildingbot.conversation.id";

    public static readonly ActivitySource Tracing = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("buildingbot.turn.duration", "ms", "Time to handle one activity");

    public static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("buildingbot.turns", description: "Activities handled, by intent, outcome and channel");

    public static readonly Counter<long> Deliveries =
        Meter.CreateCounter<long>("buildingbot.outbox.deliveries", description: "Outbox delivery attempts, by result, channel and route");

    /// <summary>
    /// The current span's W3C traceparent when it is being recorded, to store with a queued item; else null. Built from
    /// its ids and flags, not <see cref="System.Diagnostics.Activity.Id"/>, which may have been cached before a sampler
    /// marked the span recorded.
    /// </summary>
    public static string? CurrentTraceParent() =>
        System.Diagnostics.Activity.Current is { IdFormat: ActivityIdFormat.W3C, Recorded: true } current
            ? $"00-{current.TraceId.ToHexString()}-{current.SpanId.ToHexString()}-01"
            : null;

    /// <summary>Starts a span that continues the trace a queued item was stored in (a new trace when it carries none).</summary>
    public static System.Diagnostics.Activity? StartContinuing(string name, ActivityKind kind, string? traceParent, ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var parent = ActivityContext.TryParse(traceParent, null, isRemote: true, out var stored) ? stored : default;
        var span = Tracing.StartActivity(name, kind, parent);
        span?.SetTag(ConversationIdTag, conversation.ConversationId);
        span?.SetTag("buildingbot.channel", conversation.Channel.ToString());
        return span;
    }
}
