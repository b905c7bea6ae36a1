using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Startup;

/// <summary>
/// Releases migrate once (`migrate`, a Kubernetes Job) and replicas started with Database:MigrateAtStartup=false only
/// check the schema — they never race to migrate, and never serve on a schema older than their code.
/// </summary>
public class MigrateCommandTests
{
    [Fact]
    public async Task Start_StopsNamingTheCommand_WhenMigrateAtStartupIsOffAndTheDatabaseIsBehind()
    {
        using var folder = new TemporaryFolder();
        await using var postgres = await PostgresDatabase.CreateAsync();

        var outcome = await BotHostProcess.RunAsync(folder.Path, Production(postgres, ("Database__MigrateAtStartup", "false")));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("migration(s) of this release", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet BuildingBot.BotHost.dll migrate", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_BringsTheDatabaseToThisRelease_SoReplicasThatDoNotMigrateStart()
    {
        using var folder = new TemporaryFolder();
        await using var postgres = await PostgresDatabase.CreateAsync();

        var migrated = await BotHostProcess.RunAsync(folder.Path, Production(postgres), "migrate");
        var replica = await BotHostProcess.RunAsync(
            folder.Path, Production(postgres, ("Database__MigrateAtStartup", "false")), "add-staff", "运维", "--role", "只读");

        Assert.Equal(0, migrated.ExitCode);
        Assert.Contains("Migrated PostgreSQL", migrated.Output, StringComparison.Ordinal);
        Assert.Equal(0, replica.ExitCode);
        Assert.DoesNotContain("migration(s)", replica.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_TrainsTheUnderstandingModelOnce_AndReplicasLoadIt()
    {
        using var folder = new TemporaryFolder();
        await using var postgres = await PostgresDatabase.CreateAsync();

        var first = await BotHostProcess.RunAsync(folder.Path, Production(postgres), "migrate");
        var again = await BotHostProcess.RunAsync(folder.Path, Production(postgres), "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches("Understanding model [0-9a-f]{12} trained from [0-9]+ labelled messages .* and saved; replicas load it", first.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Matches("Understanding model [0-9a-f]{12} was saved before; replicas load it", again.Output);
    }

    private static Dictionary<string, string> Production(PostgresDatabase postgres, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = postgres.ConnectionString,
            ["ConnectionStrings__Redis"] = TestServers.RedisConnectionString,
            ["Redis__KeyPrefix"] = $"test-{Guid.NewGuid():N}:",
            ["Admin__ApiKey"] = "migrate-test-key-0123456789",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
