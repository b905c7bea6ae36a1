using System.Globalization;
using Cronos;

namespace BuildingBot.Community.Volunteering;

/// <summary>When an activity happens: its cron's occurrences in its time zone, without the skipped dates.</summary>
public static class ActivityCalendar
{
    public static bool TryParseCron(string? text, out CronExpression? cron)
    {
        cron = null;
        try
        {
            cron = string.IsNullOrWhiteSpace(text) ? null : CronExpression.Parse(text.Trim());
        }
        catch (CronFormatException)
        {
        }

        return cron is not null;
    }

    public static bool TryParseSkipDates(string? text, out IReadOnlyList<DateOnly> dates)
    {
        var parsed = new List<DateOnly>();
        foreach (var part in (text ?? string.Empty).Split([',', '，', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates = [];
                return false;
            }

            parsed.Add(date);
        }

        dates = parsed;
        return true;
    }

    /// <summary>
    /// Start times after <paramref name="from"/> up to <paramref name="until"/>, oldest first, skipped dates left out.
    /// An activity has no date that began before it was created (a Sunday activity created on Sunday at noon starts
    /// next week), so no announcement, reminder or summary is ever about such a date.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> Between(VolunteerActivity activity, DateTimeOffset from, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TryParseCron(activity.Cron, out var cron) || !TryParseSkipDates(activity.SkipDates, out var skipped))
        {
            return [];
        }

        if (activity.CreatedAt > from)
        {
            // A date starting the very moment of creation is the activity's first.
            from = activity.CreatedAt.AddTicks(-1);
        }

        if (from >= until)
        {
            return [];
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(activity.TimeZone);
        return cron!.GetOccurrences(from, until, zone, fromInclusive: false, toInclusive: true)
            .Where(at => !skipped.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime)))
            .Take(500).ToList();
    }

    /// <summary>"11月29日（周日）09:00–11:00", in the activity's time zone.</summary>
    public static string Describe(VolunteerActivity activity, DateTimeOffset startsAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(activity.TimeZone);
        var start = TimeZoneInfo.ConvertTime(startsAt, zone);
        var end = start + activity.Duration;
        var weekday = "日一二三四五六"[(int)start.DayOfWeek];
        return $"{start.Month}月{start.Day}日（周{weekday}）{start:HH:mm}–{end:HH:mm}";
    }
}
