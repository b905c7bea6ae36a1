namespace BuildingBot.Community.Queueing;

/// <summary>A queue's size at one moment, for metrics and health.</summary>
public sealed record QueueFigures(int Pending, int InProgress, int DeadLettered, double OldestPendingSeconds);
