using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Numbers as people write them: 12, 十二, 两, 二十五, 一百零五, 三千, 1万2千.</summary>
public static partial class ChineseNumber
{
    /// <summary>A run of Arabic digits or Chinese numerals.</summary>
    public const string Pattern = "[0-9]+|[零〇一二两三四五六七八九十百千万]+";

    /// <summary>Parses a whole string of digits or numerals.</summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        long total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            if (unit == 10_000)
            {
                total = (total + section + Math.Max(digit, 0)) * 10_000;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? (unit == 10 ? 1 : 0) : digit) * unit;
                if (digit < 0 && unit != 10)
                {
                    return false;
                }
            }

            digit = -1;
        }

        var result = total + section + Math.Max(digit, 0);
        if (result > int.MaxValue)
        {
            return false;
        }

        value = (int)result;
        return true;
    }

    /// <summary>The first number in free text ("大概十二个人" → 12).</summary>
    public static bool TryFind(string text, out int value)
    {
        foreach (Match match in Numbers().Matches(text))
        {
            if (TryParse(match.Value, out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        >= '0' and <= '9' => c - '0',
        _ => -1,
    };

    [GeneratedRegex(Pattern)]
    private static partial Regex Numbers();
}
