using BuildingBot.Community.Configuration;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Scheduling;

public static class DependencyInjection
{
    /// <summary>
    /// Hangfire with in-memory storage (embedded) or Hangfire.PostgreSql (production, on
    /// ConnectionStrings:Hangfire, else ConnectionStrings:Community), and a Hangfire server.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var production = configuration.GetRunMode() == RunMode.Production;
        var connection = production
            ? configuration[ConfigurationKeys.HangfireConnection] is { Length: > 0 } hangfire
                ? hangfire
                : configuration.GetRequired(ConfigurationKeys.CommunityConnection, "a PostgreSQL connection string")
            : null;

        services.AddHangfire((provider, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (connection is null)
            {
                hangfire.UseInMemoryStorage();
            }
            else
            {
                hangfire.UsePostgreSqlStorage(
                    options => options.UseNpgsqlConnection(connection),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
            }
        });
        services.AddHangfireServer(options => options.ServerName = $"buildingbot-{Environment.MachineName}-{Environment.ProcessId}");
        return services;
    }
}
