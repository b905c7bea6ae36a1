namespace BuildingBot.Community.Policies;

/// <summary>One policy read from a CSV file, with the line in the file where its record starts (the header is line 1).</summary>
public sealed record PolicyCsvRow(int Line, PolicyRequest Request);
