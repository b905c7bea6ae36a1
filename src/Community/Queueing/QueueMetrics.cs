using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace BuildingBot.Community.Queueing;

/// <summary>
/// The durable queues' gauges ("BuildingBot.Queues", tagged by queue): items pending, held by a worker,
/// dead-lettered, and the age of the oldest pending item — for OpenTelemetry or <c>dotnet-counters</c>.
/// </summary>
public static class QueueMetrics
{
    public const string Name = "BuildingBot.Queues";

    private static readonly Meter Meter = new(Name);
    private static readonly ConcurrentDictionary<string, QueueFigures> Latest = new(StringComparer.Ordinal);

    static QueueMetrics()
    {
        Meter.CreateObservableGauge("buildingbot.queue.pending", () => Observe(f => f.Pending), description: "Items waiting or being handled");
        Meter.CreateObservableGauge("buildingbot.queue.in_progress", () => Observe(f => f.InProgress), description: "Items held by a worker's lease");
        Meter.CreateObservableGauge("buildingbot.queue.dead_lettered", () => Observe(f => f.DeadLettered), description: "Items given up");
        Meter.CreateObservableGauge("buildingbot.queue.oldest_age", () => Observe(f => f.OldestPendingSeconds), "s", "Age of the oldest pending item");
    }

    public static void Record(string queue, QueueFigures figures) => Latest[queue] = figures;

    private static IEnumerable<Measurement<double>> Observe(Func<QueueFigures, double> value) =>
        Latest.Select(pair => new Measurement<double>(value(pair.Value), new KeyValuePair<string, object?>("queue", pair.Key)));
}
