namespace BuildingBot.Community.Reports;

/// <summary>One rate as its two counts; <see cref="Percent"/> is null when nothing was counted (shown as “—”, never 0 % or 100 %).</summary>
public sealed record RateFigure(int Numerator, int Denominator)
{
    public double? Percent => Denominator == 0 ? null : Math.Round(100.0 * Numerator / Denominator, 1);
}
