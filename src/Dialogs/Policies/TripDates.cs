using System.Text.RegularExpressions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// When a trip starts and ends, from the resident's words: "12月2日到12月5日", "下周三到周五", "下周三去杭州，周五回来",
/// "出差三天", "玩一周". The start is the first date said (today when none, never in the past); the end is the
/// date after 到/至/回来, or the start plus a said duration, or <see cref="DefaultDays"/> days on.
/// </summary>
public static partial class TripDates
{
    /// <summary>A trip without an end said lasts this long from its start.</summary>
    public const int DefaultDays = 7;

    /// <summary>Registered trips end at most this many days after they start; a longer stay is registered again.</summary>
    public const int MaxDays = 92;

    public static (DateOnly From, DateOnly To) Read(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = ChineseText.Normalize(text);
        var today = ChineseDateTime.Today(now, zone);
        var range = Separator().Match(text);
        var back = Return().Match(text);
        var (startText, endText) = range.Success ? (text[..range.Index], text[(range.Index + range.Length)..])
            : back.Success ? (text[..back.Index], back.Groups["end"].Value)
            : (text, null);
        var saidFrom = ChineseDateTime.Resolve(startText, now, zone)?.Date;
        var from = saidFrom is { } said && said >= today ? said : today;

        var to = (saidFrom is not null && endText is not null ? ReadEnd(endText, from, zone) : null) ?? ReadEnd(Duration().Match(text).Value, from, zone);
        return (from, to ?? from.AddDays(DefaultDays));
    }

    /// <summary>
    /// The end of a trip starting <paramref name="from"/>, from words said about it ("周五", "12月10日", "待三天"), read as
    /// if said on the start day (下周三到周五 is the Friday of that week); null when they say no end on or after the start.
    /// </summary>
    public static DateOnly? ReadEnd(string text, DateOnly from, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = ChineseText.Normalize(text);
        var latest = from.AddDays(MaxDays);

        // A date that only fits next year (12月1日 for a trip starting 12月2日) is a slip, not a year-long trip.
        var startOfDay = from.ToDateTime(TimeOnly.MinValue);
        if (ChineseDateTime.Resolve(text, new DateTimeOffset(startOfDay, zone.GetUtcOffset(startOfDay)), zone)?.Date is { } date)
        {
            return date >= from && date <= latest ? date : null;
        }

        return Duration().Match(text) is { Success: true } duration && Days(duration) is > 0 and var days
            ? (days > MaxDays ? latest : from.AddDays(days - 1))
            : null;
    }

    private static int Days(Match duration)
    {
        var count = ChineseNumber.TryParse(duration.Groups["n"].Value, out var n) ? n : 0;
        return duration.Groups["unit"].Value switch
        {
            "周" or "星期" or "个星期" or "礼拜" or "个礼拜" => count * 7,
            "个月" => count * 30,
            _ => count,
        };
    }

    // 到/至 between two dates is a range; 到杭州 reads no date after it and is no range.
    [GeneratedRegex("到|至|~|～|—")]
    private static partial Regex Separator();

    [GeneratedRegex("(?<end>[^，,。；;！!？?]{1,12}?)(?:回来|返回|返程)")]
    private static partial Regex Return();

    // 出差三天, 玩一周, 住两个星期; not 三天后 (a start) or 12月3日 (a date).
    [GeneratedRegex("(?<n>[0-9]+|[一二两三四五六七八九十]+)\\s*(?<unit>天|个星期|星期|个礼拜|礼拜|周|个月)(?!后|以后|之后|前)")]
    private static partial Regex Duration();
}
