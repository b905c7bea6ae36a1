using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuildingBot.BotHost.Health;

/// <summary>/healthz: the process is alive. /readyz: the database (and Redis when configured) answer and the understanding model is trained.</summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealth<TContext>(this IServiceCollection services, bool withRedis)
        where TContext : Microsoft.EntityFrameworkCore.DbContext
    {
        var checks = services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [ReadyTag])
            .AddCheck<UnderstandingHealthCheck>("understanding", tags: [ReadyTag]);
        if (withRedis)
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    /// <summary>Status per check, without exception details (callers learn what is down, not why), and which build answers.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            version = BuildInfo.Version,
            commit = BuildInfo.Commit,
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
