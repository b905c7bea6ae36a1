using BuildingBot.Community.Configuration;

namespace BuildingBot.Community.Reports;

/// <summary>
/// A reporting period as instants, [<paramref name="From"/>, <paramref name="To"/>), whose ends are midnights in the
/// community time zone; <paramref name="FirstDay"/> and <paramref name="LastDay"/> are the local dates it covers.
/// </summary>
public sealed record ReportPeriod(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Monday of the current week (local) to the end of today.</summary>
    public static ReportPeriod ThisWeek(DateTimeOffset now, CommunityTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = zone.Today(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Between(monday, today, zone);
    }

    /// <summary>The first of the current month (local) to the end of today.</summary>
    public static ReportPeriod ThisMonth(DateTimeOffset now, CommunityTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = zone.Today(now);
        return Between(new DateOnly(today.Year, today.Month, 1), today, zone);
    }

    /// <summary>Whole local days from <paramref name="first"/> to <paramref name="last"/>, both included (swapped when reversed).</summary>
    public static ReportPeriod Between(DateOnly first, DateOnly last, CommunityTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (last < first)
        {
            (first, last) = (last, first);
        }

        return new ReportPeriod(first, last, Midnight(first, zone), Midnight(last.AddDays(1), zone));
    }

    private static DateTimeOffset Midnight(DateOnly day, CommunityTimeZone zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
