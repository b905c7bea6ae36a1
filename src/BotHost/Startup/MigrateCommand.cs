using BuildingBot.Community.Persistence;

namespace BuildingBot.BotHost.Startup;

/// <summary>
/// `migrate`: brings the configured database to this release's schema and exits — run once per release (a Kubernetes
/// Job, a compose one-off) so that replicas started with <c>Database:MigrateAtStartup=false</c> never race to migrate.
/// </summary>
internal static class MigrateCommand
{
    public static bool IsMigrate(string[] args) => args is ["migrate"];

    /// <summary>Called after start-up has migrated: says where, and exits successfully.</summary>
    public static int Report(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        Console.WriteLine($"Migrated {StorageStartup.Describe(scope.ServiceProvider.GetRequiredService<CommunityDbContext>())} to this release's schema.");
        return 0;
    }
}
