using BuildingBot.Community.Configuration;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Community.Events;
using Microsoft.AspNetCore.Authorization;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BuildingBot.BotHost.Observability;

public static class DependencyInjection
{
    /// <summary>The standard variable that turns tracing on (OTLP, e.g. http://collector:4317); unset, nothing is traced.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Metrics for Prometheus at /metrics (our meters, HTTP server and client, runtime, Npgsql), traces to OTLP when
    /// <see cref="OtlpEndpointSetting"/> is set, JSON console logs in production, and the work-order figures.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(ScrapeNetworks.From(configuration));
        services.AddSingleton<IAuthorizationHandler, ScrapeAccess>();
        services.AddAuthorizationBuilder().AddPolicy(ScrapeAccess.Policy, policy => policy.AddRequirements(new ScrapeRequirement()));
        services.AddScoped<IDomainEventConsumer<WorkOrderChanged>, WorkOrderEventCounter>();
        services.AddHostedService<WorkOrderFigures>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("BuildingBot.BotHost"))
            .WithMetrics(metrics => metrics.AddBuildingBotMetrics().AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            telemetry.WithTracing(tracing => tracing.AddBuildingBotTracing().AddOtlpExporter());
        }

        if (configuration.GetRunMode() == RunMode.Production)
        {
            // One JSON object a line, with the trace and span ids of the request or turn it belongs to.
            services.AddLogging(logging => logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            }));
        }

        return services;
    }

    /// <summary>/metrics in Prometheus' text format, for staff (the admin key) or callers from Metrics:ScrapeNetworks.</summary>
    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(ScrapeAccess.Policy);
        return endpoints;
    }
}
