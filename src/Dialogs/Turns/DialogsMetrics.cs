using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BuildingBot.Dialogs.Turns;

/// <summary>The engine's metrics and traces ("BuildingBot.Dialogs"), for OpenTelemetry or dotnet-counters.</summary>
public static class DialogsMetrics
{
    public const string Name = "BuildingBot.Dialogs";

    public static readonly ActivitySource Tracing = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("buildingbot.turn.duration", "ms", "Time to handle one activity");

    public static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("buildingbot.turns", description: "Activities handled, by outcome");

    public static readonly Counter<long> Deliveries =
        Meter.CreateCounter<long>("buildingbot.outbox.deliveries", description: "Outbox delivery attempts, by result");
}
