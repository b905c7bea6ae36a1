using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Trains the understanding model in the background at start-up and logs the version it runs, so the first message does not wait.</summary>
public sealed partial class UnderstandingWarmUp(Recognizer recognizer, ILogger<UnderstandingWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var model = recognizer.Model;
        LogReady(model.Version, model.Messages, model.TrainingTime.TotalSeconds);

        // Training leaves hundreds of MB of garbage: compact once and give the memory back now, not under load.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Understanding model {Version} trained from {Messages} labelled messages in {Seconds:F1} s")]
    private partial void LogReady(string version, int messages, double seconds);
}
