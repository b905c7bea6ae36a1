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

    /// <summary>The model trained from this corpus version by this build, or null when there is none (or it cannot be read).</summary>
    public UnderstandingModel? Load(string corpusVersion)
    {
        try
        {
            var saved = Query(corpusVersion, models => models.AsNoTracking().FirstOrDefault());
            return saved is null ? null : UnderstandingModel.Load(saved.Intents, saved.Categories, saved.Duplicates, corpusVersion, saved.Messages);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or FormatException)
        {
            LogUnreadable(exception, corpusVersion);
            return null;
        }
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
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
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
