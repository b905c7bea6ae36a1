using System.Globalization;
using BuildingBot.Community.Broadcasts;

namespace BuildingBot.BotHost.StaffConsole.Broadcasts;

/// <summary>
/// The console's repeat builder: 每天 / 工作日 / 每周五 / 每月1日 at a time ↔ a five-field cron expression, and a cron
/// expression's next occurrences in Chinese. Cronos (through <see cref="BroadcastSchedule"/>) validates and counts.
/// </summary>
internal static class CronWords
{
    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];

    /// <summary>"day", "workday", "week" (with <paramref name="weekday"/>, 0 = Sunday) or "month" (with <paramref name="day"/>) at "HH:mm".</summary>
    public static string? Build(string? every, int weekday, int day, string? time)
    {
        if (!TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return null;
        }

        var prefix = $"{at.Minute} {at.Hour}";
        return every switch
        {
            "day" => $"{prefix} * * *",
            "workday" => $"{prefix} * * 1-5",
            "week" when weekday is >= 0 and <= 6 => $"{prefix} * * {weekday}",
            "month" when day is >= 1 and <= 31 => $"{prefix} {day} * *",
            _ => null,
        };
    }

    /// <summary>每周五 18:00 for the forms <see cref="Build"/> makes; other valid expressions as themselves; null when invalid.</summary>
    public static string? Describe(string? cron)
    {
        if (!BroadcastSchedule.TryParseCron(cron, out _))
        {
            return null;
        }

        var fields = cron!.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || !int.TryParse(fields[0], CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out var hour) || fields[3] != "*")
        {
            return $"按 cron 表达式 {cron}";
        }

        var time = $"{hour:00}:{minute:00}";
        return (fields[2], fields[4]) switch
        {
            ("*", "*") => $"每天 {time}",
            ("*", "1-5") => $"工作日（周一至周五）{time}",
            ("*", var d) when int.TryParse(d, CultureInfo.InvariantCulture, out var w) && w is >= 0 and <= 7 => $"每周{Weekdays[w % 7]} {time}",
            (var d, "*") when int.TryParse(d, CultureInfo.InvariantCulture, out var m) => $"每月{m}日 {time}",
            _ => $"按 cron 表达式 {cron}",
        };
    }

    /// <summary>The next <paramref name="count"/> occurrences after <paramref name="after"/>, in the expression's zone.</summary>
    public static IReadOnlyList<DateTimeOffset> Next(string cron, string timeZone, DateTimeOffset after, int count)
    {
        var probe = new Broadcast { Title = string.Empty, Text = string.Empty, Cron = cron, TimeZone = timeZone };
        var found = new List<DateTimeOffset>();
        while (found.Count < count && BroadcastSchedule.Next(probe, after) is { } next)
        {
            found.Add(next);
            after = next;
        }

        return found;
    }

    /// <summary>2026年12月4日（周五）18:00 in <paramref name="zone"/>.</summary>
    public static string Format(DateTimeOffset moment, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        return $"{local.Year}年{local.Month}月{local.Day}日（周{Weekdays[(int)local.DayOfWeek]}）{local:HH:mm}";
    }
}
