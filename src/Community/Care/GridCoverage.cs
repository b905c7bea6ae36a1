namespace BuildingBot.Community.Care;

/// <summary>
/// Visit coverage of a grid on a day: tagged households, those visited within their interval (not due yet), those due
/// that day, and those overdue (due before it and not visited since, or never visited).
/// </summary>
public sealed record GridCoverage(int GridId, string GridName, int Households, int OnTime, int DueToday, int Overdue)
{
    /// <summary>走访覆盖率: visited within the interval over tagged households, in percent; null with none tagged.</summary>
    public double? Percent => Households == 0 ? null : 100.0 * OnTime / Households;
}
