namespace BuildingBot.Community.Reports;

/// <summary>Orders reported in the period in one grid (<paramref name="GridId"/> null: a building no grid covers).</summary>
public sealed record GridVolume(int? GridId, string? GridName, int Count);
