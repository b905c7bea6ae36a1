using BuildingBot.Dialogs.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Loads (or trains) the understanding model in the background at start-up and logs the version it runs, then builds the dialogs
/// (the duplicate-report model, <see cref="ProblemSimilarity"/>, comes with the understanding model), so the first messages
/// wait for neither: built by the first turn, they stalled the first seconds of a burst (12% of its CPU).
/// </summary>
public sealed partial class UnderstandingWarmUp(Recognizer recognizer, IServiceProvider services, ILogger<UnderstandingWarmUp> logger) : BackgroundService
{
    private volatile bool _done;

    /// <summary>True once the model is trained and the dialogs are built.</summary>
    public bool IsDone => _done;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var model = recognizer.Model;
        if (model.Loaded)
        {
            LogLoaded(model.Version);
        }
        else
        {
            LogTrained(model.Version, model.Messages, model.TrainingTime.TotalSeconds);
        }

        services.GetRequiredService<DialogManager>();

        // Training leaves hundreds of MB of garbage: compact once and give the memory back now, not under load.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _done = true;
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Understanding model {Version} trained from {Messages} labelled messages in {Seconds:F1} s")]
    private partial void LogTrained(string version, int messages, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Understanding model {Version} loaded as this release trained it")]
    private partial void LogLoaded(string version);
}
