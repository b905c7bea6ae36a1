using System.Diagnostics.Metrics;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// Work orders as metrics ("BuildingBot.WorkOrders"): timeline events by kind (Created = opened, Resolved, Escalated = a
/// deadline missed …), counted once their save committed and reported from zero for every kind; and the open and
/// overdue orders of the whole community, as last counted by <see cref="WorkOrderFigures"/>.
/// </summary>
public static class WorkOrderMetrics
{
    public const string Name = "BuildingBot.WorkOrders";

    private static readonly Meter Meter = new(Name);
    private static readonly WorkOrderEventKind[] Kinds = Enum.GetValues<WorkOrderEventKind>();
    private static readonly long[] Events = new long[Kinds.Length];
    private static (int Open, int Overdue)? _latest;

    static WorkOrderMetrics()
    {
        Meter.CreateObservableCounter("buildingbot.work_orders.events", ObserveEvents, description: "Work-order timeline events committed, by kind");
        Meter.CreateObservableGauge("buildingbot.work_orders.open", () => Observe(l => l.Open), description: "Work orders not yet resolved");
        Meter.CreateObservableGauge("buildingbot.work_orders.overdue", () => Observe(l => l.Overdue), description: "Open work orders past their accept or resolve deadline");
    }

    public static void Count(WorkOrderEventKind kind) => Interlocked.Increment(ref Events[Array.IndexOf(Kinds, kind)]);

    public static void Record(int open, int overdue) => _latest = (open, overdue);

    private static IEnumerable<Measurement<long>> ObserveEvents() =>
        Kinds.Select((kind, i) => new Measurement<long>(Interlocked.Read(ref Events[i]), new KeyValuePair<string, object?>("kind", kind.ToString())));

    private static IEnumerable<Measurement<int>> Observe(Func<(int Open, int Overdue), int> value) =>
        _latest is { } latest ? [new Measurement<int>(value(latest))] : [];
}
