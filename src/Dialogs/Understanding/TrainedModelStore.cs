using System.Data;
using System.Data.Common;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Keeps the trained classifiers in the database, keyed by corpus version and build: `migrate` (or the first process of
/// a release) trains and saves them, every other process loads them. A database that cannot answer (not migrated yet,
/// unreachable) is logged and the process trains for itself: the store saves time and memory, it is never needed.
/// </summary>
public sealed partial class TrainedModelStore(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrainedModelStore> logger)
{
    /// <summary>The build of the code that featurises messages: a model is valid only for the build that trained it.</summary>
    private static readonly string Build = typeof(TrainedModelStore).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private static string KeyOf(string corpusVersion) => $"{corpusVersion}-{Build}";

    /// <summary>
    /// The model trained from this corpus version by this build, or null when there is none (or it cannot be read). The
    /// parts are read as streams, column by column: read whole, the row (about 24 MB) took a 32 MB buffer from the
    /// shared array pool on PostgreSQL, which the pool then kept for the life of the process.
    /// </summary>
    public UnderstandingModel? Load(string corpusVersion)
    {
        try
        {
            return LoadCore(corpusVersion);
        }
        catch (Exception exception) when (exception is InvalidOperationException or DbException or IOException or FormatException)
        {
            LogUnreadable(exception, corpusVersion);
            return null;
        }
    }

    private UnderstandingModel? LoadCore(string corpusVersion)
    {
        using var scope = scopes.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database;
        database.OpenConnection();
        try
        {
            using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = """
                SELECT "Messages", "Intents", "Categories", "Duplicates" FROM "TrainedModels" WHERE "Key" = @key
                """;
            var key = command.CreateParameter();
            (key.ParameterName, key.Value) = ("@key", KeyOf(corpusVersion));
            command.Parameters.Add(key);
            using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            if (!reader.Read())
            {
                return null;
            }

            // In column order, each stream closed before the next is opened, as sequential access asks.
            var messages = reader.GetInt32(0);
            var intents = Read(reader, 1, TextModel.Load);
            var categories = Read(reader, 2, TextModel.Load);
            return UnderstandingModel.Of(intents, categories, Read(reader, 3, BoostedTrees.Load), corpusVersion, messages);
        }
        finally
        {
            database.CloseConnection();
        }
    }

    private static T Read<T>(DbDataReader reader, int column, Func<Stream, T> load)
    {
        using var stream = reader.GetStream(column);
        return load(stream);
    }

    /// <summary>True when the model of this corpus version and build is saved.</summary>
    public bool Contains(string corpusVersion) => Query(corpusVersion, models => models.Any());

    /// <summary>Saves the model for the processes after this one; another process that saved it first wins, silently.</summary>
    public void Save(UnderstandingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            db.TrainedModels.Add(new TrainedModel
            {
                Key = KeyOf(model.Version), Intents = model.Intents.Save(), Categories = model.Categories.Save(), Duplicates = model.Duplicates.Save(), Messages = model.Messages,
                TrainedAt = clock.GetUtcNow(),
            });
            db.SaveChanges();
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // Another process of this release saved the same model first.
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or DbException)
        {
            LogUnsaved(exception, model.Version);
        }
    }

    /// <summary>Asks the saved row of this corpus version and build, in a scope of its own.</summary>
    private T Query<T>(string corpusVersion, Func<IQueryable<TrainedModel>, T> ask)
    {
        using var scope = scopes.CreateScope();
        var key = KeyOf(corpusVersion);
        return ask(scope.ServiceProvider.GetRequiredService<CommunityDbContext>().TrainedModels.Where(m => m.Key == key));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trained understanding model {Version} could not be read from the database; training it here instead")]
    private partial void LogUnreadable(Exception exception, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trained understanding model {Version} could not be saved; the next process trains it again")]
    private partial void LogUnsaved(Exception exception, string version);
}
