using BuildingBot.Community.Queueing;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BuildingBot.BotHost.Observability;

/// <summary>The project's meters and trace sources, with the libraries' instrumentation that goes with them.</summary>
public static class TelemetrySources
{
    public static readonly string[] Meters = [QueueMetrics.Name, DialogsMetrics.Name, WeComTelemetry.Name, WorkOrderMetrics.Name];

    public static readonly string[] Traces = [DialogsMetrics.Name, WeComTelemetry.Name];

    private static readonly string[] Unwatched = ["/metrics", "/healthz", "/readyz"];

    /// <summary>Our meters, ASP.NET Core's HTTP server, HttpClient, the runtime and Npgsql.</summary>
    public static MeterProviderBuilder AddBuildingBotMetrics(this MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.AddMeter(Meters).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
            .AddNpgsqlInstrumentation();
    }

    /// <summary>
    /// Our spans (inbox → turn → outbox → WeCom API) under the callback's HTTP server span, with HttpClient's and Npgsql's
    /// spans below them; scrapes and health probes are not traced. Query strings (tokens, signatures) are redacted by
    /// the instrumentation.
    /// </summary>
    public static TracerProviderBuilder AddBuildingBotTracing(this TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        var traced = tracing.AddSource(Traces)
            .AddAspNetCoreInstrumentation(o => o.Filter = http => !Unwatched.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            .AddHttpClientInstrumentation();
        return Npgsql.TracerProviderBuilderExtensions.AddNpgsql(traced);
    }
}
