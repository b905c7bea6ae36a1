using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Chinese date and time expressions resolved against "now" in the community's time zone: 今天, 明天, 后天, 周六, 下周三, 本月15号, 3月5日上午9点, 晚上八点, 下午3点半, 2026-12-01 09:30, and the
/// periods people travel in: 周末, 下周 (its Monday), 月底, 下个月初, 年底, 春节, 国庆 ….
/// </summary>
public static partial class ChineseDateTime
{
    private const string N = "[0-9]+|[零〇一二两三四五六七八九十]+";


    public static DateTimeResolution? Resolve(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        text = ChineseText.Normalize(text);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var date = ResolveDate(text, today);
        var time = ResolveTime(text);
        if (date is null && time is null)
        {
            return null;
        }

        var day = date ?? today;
        if (date is null && time is { } onlyTime && day.ToDateTime(onlyTime) <= local.DateTime)
        {
            day = day.AddDays(1);
        }

        var localDateTime = day.ToDateTime(time ?? TimeOnly.MinValue);
        var value = new DateTimeOffset(localDateTime, zone.GetUtcOffset(localDateTime));
        return new DateTimeResolution(day, time, value);
    }

    /// <summary>The date in <paramref name="zone"/> at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>"12月2日", with the year ("2027年2月6日") when it is not the current one in <paramref name="zone"/>.</summary>
    public static string Say(DateOnly date, DateTimeOffset now, TimeZoneInfo zone)
    {
        return date.ToString(date.Year == Today(now, zone).Year ? "M月d日" : "yyyy年M月d日", CultureInfo.InvariantCulture);
    }

    private static DateOnly? ResolveDate(string text, DateOnly today)
    {
        if (FullDate().Match(text) is { Success: true } full)
        {
            return SafeDate(int.Parse(full.Groups["y"].Value, CultureInfo.InvariantCulture), Number(full.Groups["m"].Value), Number(full.Groups["d"].Value));
        }

        if (MonthDay().Match(text) is { Success: true } monthDay)
        {
            var month = Number(monthDay.Groups["m"].Value);
            var dayOfMonth = Number(monthDay.Groups["d"].Value);
            var candidate = SafeDate(today.Year, month, dayOfMonth);
            return candidate < today ? SafeDate(today.Year + 1, month, dayOfMonth) : candidate;
        }

        if (DayOfMonth().Match(text) is { Success: true } dayOnly)
        {
            var dayOfMonth = Number(dayOnly.Groups["d"].Value);
            var monthStart = new DateOnly(today.Year, today.Month, 1);
            if (dayOnly.Groups["next"].Success)
            {
                return SafeDate(monthStart.AddMonths(1), dayOfMonth);
            }

            var candidate = SafeDate(monthStart, dayOfMonth);
            return candidate < today && !dayOnly.Groups["this"].Success ? SafeDate(monthStart.AddMonths(1), dayOfMonth) : candidate;
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var target = weekday.Groups["d"].Value switch
            {
                "一" or "1" => 1, "二" or "2" => 2, "三" or "3" => 3, "四" or "4" => 4, "五" or "5" => 5, "六" or "6" => 6, _ => 7,
            };
            var current = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
            var monday = today.AddDays(1 - current);
            return weekday.Groups["week"].Value switch
            {
                "下下" => monday.AddDays(14 + target - 1),
                "下" => monday.AddDays(7 + target - 1),
                "上" => monday.AddDays(-7 + target - 1),
                "这" or "本" => monday.AddDays(target - 1),
                _ => target >= current ? monday.AddDays(target - 1) : monday.AddDays(7 + target - 1),
            };
        }

        if (Period(text, today) is { } period)
        {
            return period;
        }

        return RelativeDay().Match(text) switch
        {
            { Success: true } relative => relative.Value switch
            {
                "大后天" => today.AddDays(3),
                "后天" => today.AddDays(2),
                "明天" or "明日" or "明早" or "明晚" => today.AddDays(1),
                "昨天" => today.AddDays(-1),
                _ => today,
            },
            _ => null,
        };
    }

    /// <summary>周末 (Saturday), 下周 (Monday), 月底 / 月初, 下个月 (its 1st), 年底, and festivals.</summary>
    private static DateOnly? Period(string text, DateOnly today)
    {
        var current = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
        var monday = today.AddDays(1 - current);
        var weeks = (Group g) => g.Value switch { "下下" => 2, "下" => 1, _ => 0 };
        if (Weekend().Match(text) is { Success: true } weekend)
        {
            var saturday = monday.AddDays(5 + (7 * weeks(weekend.Groups["week"])));
            return today == saturday.AddDays(1) && weeks(weekend.Groups["week"]) == 0 ? today : saturday;
        }

        if (MonthEdge().Match(text) is { Success: true } edge)
        {
            var said = edge.Groups["m"].Success ? Number(edge.Groups["m"].Value) : 0;
            var month = said is >= 1 and <= 12
                ? new DateOnly(today.Year + (said < today.Month ? 1 : 0), said, 1)
                : new DateOnly(today.Year, today.Month, 1).AddMonths(edge.Groups["next"].Success ? 1 : 0);
            var plainStart = said == 0 && !edge.Groups["next"].Success && !edge.Groups["this"].Success;
            return edge.Groups["edge"].Value == "初"
                ? month.AddMonths(plainStart && today.Day > 10 ? 1 : 0)
                : month.AddMonths(1).AddDays(-1);
        }

        if (WholeWeek().Match(text) is { Success: true } week)
        {
            return monday.AddDays(7 * weeks(week.Groups["week"]));
        }

        if (NextMonth().IsMatch(text))
        {
            return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        }

        if (YearEnd().IsMatch(text))
        {
            return new DateOnly(today.Year, 12, 31);
        }

        return ChineseHolidays.Next(text, today);
    }

    private static TimeOnly? ResolveTime(string text)
    {
        if (ClockTime().Match(text) is { Success: true } clock)
        {
            return Clock(Period(text), int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(clock.Groups["min"].Value, CultureInfo.InvariantCulture));
        }

        if (HourTime().Match(text) is not { Success: true } hour)
        {
            return text.Contains("明早", StringComparison.Ordinal) ? new TimeOnly(8, 0) : null;
        }

        var minutes = hour.Groups["half"].Success ? 30
            : hour.Groups["min"].Success ? Number(hour.Groups["min"].Value)
            : 0;
        return Clock(hour.Groups["period"].Success ? hour.Groups["period"].Value : Period(text), Number(hour.Groups["h"].Value), minutes);
    }

    private static string Period(string text) => PeriodWord().Match(text) is { Success: true } period ? period.Value : string.Empty;

    private static TimeOnly? Clock(string period, int hour, int minute)
    {
        hour = period switch
        {
            "下午" or "晚上" or "傍晚" or "夜里" or "今晚" or "明晚" when hour < 12 => hour + 12,
            "中午" when hour < 11 => hour + 12,
            "凌晨" or "半夜" when hour == 12 => 0,
            _ => hour,
        };
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static int Number(string text) => ChineseNumber.TryParse(text, out var value) ? value : -1;

    private static DateOnly? SafeDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly? SafeDate(DateOnly monthStart, int day) => SafeDate(monthStart.Year, monthStart.Month, day);

    [GeneratedRegex(@"(?<y>20[0-9]{2})\s*[-/年.]\s*(?<m>[0-9]{1,2})\s*[-/月.]\s*(?<d>[0-9]{1,2})")]
    private static partial Regex FullDate();

    [GeneratedRegex($@"(?<m>{N})\s*月\s*(?<d>{N})\s*[日号]?")]
    private static partial Regex MonthDay();

    [GeneratedRegex($@"(?:(?<this>本月|这个月)|(?<next>下个?月))?(?<d>{N})\s*[号日](?!楼)")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex("(?<week>下下|下|上|这|本)?个?(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])")]
    private static partial Regex Weekday();

    [GeneratedRegex("(?<week>下下|下|这|本)?个?周末")]
    private static partial Regex Weekend();

    [GeneratedRegex($"(?:(?<next>下个?)|(?<this>这个|本)|(?<m>{N}))?月(?<edge>底|末|初)")]
    private static partial Regex MonthEdge();

    [GeneratedRegex("(?<week>下下|下)个?(?:周|星期|礼拜)")]
    private static partial Regex WholeWeek();

    [GeneratedRegex("下个?月")]
    private static partial Regex NextMonth();

    [GeneratedRegex("年底|年末")]
    private static partial Regex YearEnd();

    [GeneratedRegex("大后天|后天|明天|明日|明早|明晚|今天|今日|今晚|昨天")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"(?<h>[0-9]{1,2})[:：](?<min>[0-9]{2})")]
    private static partial Regex ClockTime();

    [GeneratedRegex($@"(?<period>凌晨|半夜|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|今晚|明晚)?(?<h>{N})\s*[点时](?:(?<half>半)|(?<min>{N})分?)?")]
    private static partial Regex HourTime();

    [GeneratedRegex("凌晨|半夜|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|今晚|明晚")]
    private static partial Regex PeriodWord();
}
