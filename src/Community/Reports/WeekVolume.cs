namespace BuildingBot.Community.Reports;

/// <summary>Orders reported in the local week that begins on <paramref name="Monday"/>.</summary>
public sealed record WeekVolume(DateOnly Monday, int Count);
