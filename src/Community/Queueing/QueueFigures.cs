namespace BuildingBot.Community.Queueing;

/// <summary>A queue's size at one moment, for metrics and health.</summary>
public sealed record QueueFigures(int Pending, int InProgress, int DeadLettered, double OldestPendingSeconds)
{
    public static QueueFigures Empty { get; } = new(0, 0, 0, 0);
}
