using System.Globalization;

namespace BuildingBot.CityBench;

/// <summary>p50, p99 and max of a list of milliseconds, in words.</summary>
internal static class Percentiles
{
    public static string Describe(IReadOnlyList<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        double At(double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):F2} ms, p99 {At(0.99):F2} ms, max {sorted[^1]:F2} ms");
    }
}
