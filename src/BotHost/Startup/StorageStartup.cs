using BuildingBot.Community.Configuration;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;

namespace BuildingBot.BotHost.Startup;

/// <summary>
/// Before serving: the database schema is migrated (or, with <c>Database:MigrateAtStartup</c> false, checked to be at
/// this release's schema), Redis answers (production), and an empty embedded database gets the demo community.
/// Failures become one clear message.
/// </summary>
internal static class StorageStartup
{
    public const string MigrateAtStartupKey = "Database:MigrateAtStartup";

    public static async Task PrepareStorageAsync(this WebApplication app, bool seedDemoData, bool migrate)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        DbContext[] contexts = [db, scope.ServiceProvider.GetRequiredService<StaffConsole.Accounts.StaffDbContext>()];
        try
        {
            foreach (var context in contexts)
            {
                if (migrate)
                {
                    await context.Database.MigrateAsync();
                }
                else if ((await context.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
                {
                    throw new StartupFailedException(
                        $"The database {Describe(db)} lacks {pending.Count} migration(s) of this release (first: {pending[0]}); " +
                        $"run `dotnet BuildingBot.BotHost.dll migrate` once (or set {MigrateAtStartupKey}=true)");
                }
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or SqliteException or InvalidOperationException or TimeoutException)
        {
            throw new StartupFailedException(
                $"Cannot open the database {Describe(db)}: {exception.GetBaseException().Message} (check {ConfigurationKeys.CommunityConnection})",
                exception);
        }

        if (app.Services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            try
            {
                await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                throw new StartupFailedException(
                    $"Cannot reach Redis: {exception.GetBaseException().Message} (check {ConfigurationKeys.RedisConnection})", exception);
            }
        }

        if (seedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        }
    }

    /// <summary>Where the database is, without user names or passwords.</summary>
    internal static string Describe(CommunityDbContext db)
    {
        var connection = db.Database.GetConnectionString() ?? string.Empty;
        if (db.Database.IsNpgsql())
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }

        return $"SQLite {new SqliteConnectionStringBuilder(connection).DataSource}";
    }
}
