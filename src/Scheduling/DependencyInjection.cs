using BuildingBot.Community.Configuration;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.Scheduling.Housekeeping;
using BuildingBot.Scheduling.Infrastructure;
using BuildingBot.Scheduling.Synchronisation;
using BuildingBot.Scheduling.Volunteering;
using BuildingBot.Scheduling.WorkOrders;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        // Hangfire.AspNetCore's defaults resolve the storage and the job activator from process-wide statics
        // (JobStorage.Current, JobActivator.Current), which the last host to start overwrites. With two hosts in
        // one process (as in the tests) one host's jobs then ran in the other's services. Each
        // host owns its storage and activator here; registered first, they win over Hangfire's TryAdd defaults.
        services.AddSingleton<JobStorage>(_ =>
        {
            if (connection is null)
            {
                return new InMemoryStorage();
            }

            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, options), options);
        });
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        var polling = configuration.GetValue("Scheduling:PollingInterval", TimeSpan.FromSeconds(15));
        services.AddHangfireServer(options =>
        {
            options.ServerName = $"buildingbot-{Environment.MachineName}-{Environment.ProcessId}";
            options.SchedulePollingInterval = polling;
        });

        services.AddScoped<WorkOrderDeadlineJob>();
        services.AddScoped<HousekeepingJob>();
        services.AddScoped<UnresolvedMessagesJob>();
        services.AddScoped<Governance.VoteReminderJob>();
        services.AddScoped<Governance.VoteCloseJob>();
        services.AddScoped<Care.VisitListJob>();
        services.AddScoped<MutualHelp.HelpSweepJob>();
        services.AddHostedService<WorkOrderJobRegistration>();
        services.AddHostedService<RecurringJobRegistration>();

        services.AddScoped<BroadcastRunner>();
        services.AddScoped<BroadcastRetry>();
        services.AddScoped<BroadcastJob>();
        services.AddScoped<ActivityRunner>();
        services.AddScoped<ActivityJob>();
        services.AddScoped<ScheduleSynchronizer>();
        services.AddHostedService<ScheduleStartup>();
        return services;
    }
}
