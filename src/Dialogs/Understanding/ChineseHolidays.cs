using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Festival names as dates, the next one on or after today: 元旦, 春节 (过年), 除夕, 清明, 五一 (劳动节), 端午,
/// 中秋, 国庆 (十一长假). Lunar festivals come from the framework's Chinese lunisolar calendar; 清明, a solar
/// term on 4 or 5 April, from the usual formula for the 21st century.
/// </summary>
public static partial class ChineseHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static DateOnly? Next(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Festival().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Value;
        for (var year = today.Year; year <= today.Year + 1; year++)
        {
            if (On(name, year) is { } date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? On(string name, int year) => name switch
    {
        "元旦" => new DateOnly(year, 1, 1),
        "春节" or "过年" or "大年初一" => LunarDate(year, 1, 1),
        "除夕" or "大年三十" => LunarDate(year, 1, 1)?.AddDays(-1),
        "清明" or "清明节" => Qingming(year),
        "五一" or "劳动节" => new DateOnly(year, 5, 1),
        "端午" or "端午节" => LunarDate(year, 5, 5),
        "中秋" or "中秋节" => LunarDate(year, 8, 15),
        _ => new DateOnly(year, 10, 1), // 国庆, 十一长假
    };

    /// <summary>
    /// 清明 by the 寿星 formula for 2000–2099: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ with Y the last two digits of the
    /// year (no exceptions for 清明 in this century); outside it, 5 April.
    /// </summary>
    private static DateOnly Qingming(int year)
    {
        if (year is < 2000 or > 2099)
        {
            return new DateOnly(year, 4, 5);
        }

        var y = year % 100;
        return new DateOnly(year, 4, (int)Math.Floor(y * 0.2422 + 4.81) - y / 4);
    }

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that starts in <paramref name="year"/>.</summary>
    private static DateOnly? LunarDate(int year, int month, int day)
    {
        if (year < Lunar.MinSupportedDateTime.Year + 1 || year > Lunar.MaxSupportedDateTime.Year - 1)
        {
            return null;
        }

        // A leap month at or before the wanted one shifts the month's index by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    [GeneratedRegex("元旦|春节|过年|大年初一|除夕|大年三十|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|十一长假|十一假期|十一黄金周")]
    private static partial Regex Festival();
}
