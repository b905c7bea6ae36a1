using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Festival names as dates, the next one on or after today: 元旦, 春节 (过年), 除夕, 清明, 五一 (劳动节), 端午,
/// 中秋, 国庆 (十一长假). Lunar festivals come from the framework's Chinese lunisolar calendar; 清明 is taken as
/// 4 April (the solar term falls on the 4th or 5th).
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
        "清明" or "清明节" => new DateOnly(year, 4, 4),
        "五一" or "劳动节" => new DateOnly(year, 5, 1),
        "端午" or "端午节" => LunarDate(year, 5, 5),
        "中秋" or "中秋节" => LunarDate(year, 8, 15),
        _ => new DateOnly(year, 10, 1), // 国庆, 十一长假
    };

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
