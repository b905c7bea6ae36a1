using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Events;
using BuildingBot.Community.Households;
using BuildingBot.Community.Identity;
using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Privacy;
using BuildingBot.Community.Regions;
using BuildingBot.Community.Understanding;
using BuildingBot.Community.Volunteering;
using BuildingBot.Community.WorkOrders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuildingBot.Community;

public static class DependencyInjection
{
    /// <summary>
    /// The domain model on SQLite (embedded) or PostgreSQL (production), the roster importer and
    /// the demo data. Throws <see cref="InvalidConfigurationException"/> naming the key to fix.
    /// </summary>
    public static IServiceCollection AddCommunity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(CommunityTimeZone.From(configuration));
        if (configuration.GetRunMode() == RunMode.Production)
        {
            var connection = PostgresConnectionString.WithoutJit(configuration.GetRequired(
                ConfigurationKeys.CommunityConnection, "a PostgreSQL connection string"));
            services.AddDbContext<CommunityDbContext, PostgresCommunityDbContext>((provider, options) => options
                .UseNpgsql(connection, npgsql => npgsql.EnableRetryOnFailure(3))
                .AddInterceptors(provider.GetRequiredService<DomainEventInterceptor>()));
        }
        else
        {
            var connection = configuration[ConfigurationKeys.CommunityConnection] is { Length: > 0 } configured
                ? configured
                : ConfigurationKeys.DefaultSqlite;
            EnsureSqliteFolder(connection);
            services.AddDbContext<CommunityDbContext, SqliteCommunityDbContext>((provider, options) => options
                .UseSqlite(connection)
                .AddInterceptors(provider.GetRequiredService<DomainEventInterceptor>()));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DomainEventInterceptor>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<IIdentityDirectory, IdentityDirectory>();
        services.AddScoped<HouseholdBinding>();
        services.AddScoped<DemoDataSeeder>();
        services.Configure<WorkOrderOptions>(configuration.GetSection(WorkOrderOptions.Section));
        services.AddScoped<WorkOrderWriter>();
        services.AddScoped<WorkOrderRouter>();
        services.AddScoped<WorkOrderLifecycle>();
        services.AddScoped<WorkOrderService>();
        services.AddScoped<WorkOrderDeadlines>();
        services.AddScoped<WorkOrderQueries>();
        services.AddScoped<WorkOrderDesk>();
        services.AddScoped<Reports.ServiceRateQuery>();
        services.AddScoped<Reports.WeeklyVolumeQuery>();
        services.Configure<BroadcastOptions>(configuration.GetSection(BroadcastOptions.Section));
        services.AddScoped<BroadcastTargets>();
        services.AddScoped<BroadcastService>();
        services.AddScoped<ActivityTargets>();
        services.AddScoped<ActivityService>();
        services.AddScoped<VolunteerRegistration>();
        services.AddScoped<VolunteerQueries>();
        services.AddScoped<VolunteerLeaderboard>();
        services.TryAddSingleton(RegionDirectory.Shared);
        services.AddSingleton(HomeRegion.From(configuration, RegionDirectory.Shared));
        services.AddScoped<PolicyBook>();
        services.AddScoped<TripRegister>();
        services.AddScoped<TopicSubscriptions>();
        services.AddScoped<PolicyAudience>();
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        services.AddScoped<Governance.MatterService>();
        services.AddScoped<Redactor>();
        services.Configure<UnresolvedOptions>(configuration.GetSection(UnresolvedOptions.Section));
        services.AddScoped<UnresolvedMessageStore>();
        services.AddScoped<Care.CareTags>();
        services.AddScoped<Care.VisitPlanner>();
        services.AddScoped<Care.CareVisits>();
        services.AddScoped<Care.VisitCoverage>();
        services.AddScoped<Party.PartyRegistrations>();
        services.Configure<MutualHelp.HelpOptions>(configuration.GetSection(MutualHelp.HelpOptions.Section));
        services.AddScoped<MutualHelp.HelpService>();
        services.AddScoped<MutualHelp.HelpDesk>();
        services.AddScoped<Party.PartyServiceRecord>();
        return services;
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
