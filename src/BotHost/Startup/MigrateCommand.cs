using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.BotHost.Startup;

/// <summary>
/// `migrate`: brings the configured database to this release's schema, trains this release's understanding model into
/// it (unless it is there) and exits — run once per release (a Kubernetes Job, a compose one-off) so that replicas started
/// with <c>Database:MigrateAtStartup=false</c> never race to migrate, and load the model instead of each training it
/// (seconds instead of half a minute, and without the memory training takes).
/// </summary>
internal static class MigrateCommand
{
    public static bool IsMigrate(string[] args) => args is ["migrate"];

    /// <summary>Called after start-up has migrated: says where, saves the understanding model, and exits (1 if it could not be saved).</summary>
    public static int Report(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using (var scope = app.Services.CreateScope())
        {
            Console.WriteLine($"Migrated {StorageStartup.Describe(scope.ServiceProvider.GetRequiredService<CommunityDbContext>())} to this release's schema.");
        }

        var model = app.Services.GetRequiredService<Recognizer>().Model;
        if (!app.Services.GetRequiredService<TrainedModelStore>().Contains(model.Version))
        {
            Console.Error.WriteLine($"The understanding model {model.Version} could not be saved (see the warning above): every replica would train it itself.");
            return 1;
        }

        Console.WriteLine(model.Loaded
            ? $"Understanding model {model.Version} was saved before; replicas load it."
            : $"Understanding model {model.Version} trained from {model.Messages} labelled messages in {model.TrainingTime.TotalSeconds:F0} s and saved; replicas load it.");
        return 0;
    }
}
