using System.Text.RegularExpressions;

namespace BuildingBot.Community.Privacy;

/// <summary>
/// Finds phone numbers (mobiles, landlines, with +86, spaces, dashes or full-width digits), ID numbers,
/// other long numbers (bank cards), room numbers and known residents' names in free text. Matching runs
/// on a copy of the text with full-width forms read as ASCII, one character for one, so every span
/// found points into the original.
/// </summary>
public static partial class PersonalDetailFinder
{
    private const int ShortestName = 2;
    private const int LongestName = 4;

    /// <summary>Every detail in <paramref name="text"/>, ordered and without overlaps.</summary>
    public static IReadOnlyList<PersonalDetail> Find(string text, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var shadow = Shadow(text);
        var found = new List<PersonalDetail>();
        found.AddRange(NumberFinder.Find(shadow));
        found.AddRange(Rooms(shadow));
        found.AddRange(Names(text, names));
        return Merge(found);
    }

    /// <summary>The 2–4 character runs of a text that start with a surname: the only places a roster name is looked for.</summary>
    public static IEnumerable<string> NameCandidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHan(text[i]) || !Surnames.StartsAt(text, i))
            {
                continue;
            }

            for (var length = ShortestName; length <= LongestName && i + length <= text.Length && IsHan(text[i + length - 1]); length++)
            {
                yield return text.Substring(i, length);
            }
        }
    }

    /// <summary>The text with full-width letters, digits and signs as ASCII and dashes as '-', same length.</summary>
    internal static string Shadow(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' => '-',
                _ => c,
            };
        }
    });


    private static IEnumerable<PersonalDetail> Rooms(string shadow)
    {
        foreach (var pattern in RoomPatterns)
        {
            foreach (Match match in pattern.Matches(shadow))
            {
                var room = match.Groups["room"];
                yield return new PersonalDetail(room.Index, room.Length, DetailKind.Room);
            }
        }
    }

    private static readonly Regex[] RoomPatterns = [BuildingUnitRoom(), UnitAndRoom(), RoomWithSuffix(), RoomAfterBuilding(), RoomAfterHome()];

    private static IEnumerable<PersonalDetail> Names(string text, IReadOnlySet<string> names)
    {
        if (names.Count == 0)
        {
            yield break;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!Surnames.StartsAt(text, i))
            {
                continue;
            }

            for (var length = Math.Min(LongestName, text.Length - i); length >= ShortestName; length--)
            {
                if (names.Contains(text.Substring(i, length)))
                {
                    yield return new PersonalDetail(i, length, DetailKind.Name);
                    i += length - 1;
                    break;
                }
            }
        }
    }

    private static List<PersonalDetail> Merge(List<PersonalDetail> found)
    {
        var merged = new List<PersonalDetail>();
        foreach (var detail in found.OrderBy(d => d.Start).ThenByDescending(d => d.Length))
        {
            if (merged.Count > 0 && detail.Start < merged[^1].End)
            {
                var last = merged[^1];
                if (detail.End > last.End)
                {
                    merged[^1] = last with { Length = detail.End - last.Start };
                }

                continue;
            }

            merged.Add(detail);
        }

        return merged;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    // 3-2-501, 12-1-1201, 3-501: the building stays, unit and room go.
    [GeneratedRegex(@"(?<![0-9])[0-9]{1,3}\s*-\s*(?<room>(?:[0-9]{1,2}\s*-\s*)?[0-9]{3,4})(?![0-9])")]
    private static partial Regex BuildingUnitRoom();

    // 2单元502, 5单元1201室, 三单元五零一: a unit and whatever room follows it.
    [GeneratedRegex(@"(?<room>[0-9一二三四五六七八九十两]{1,3}\s*单元\s*(?:[0-9]{2,4}|[零〇一二三四五六七八九十幺]{2,5})\s*(?:室|号房|号|房)?)")]
    private static partial Regex UnitAndRoom();

    // 501室, 1201房, 五零一室.
    [GeneratedRegex(@"(?<![0-9])(?<room>(?:[0-9]{3,4}|[零〇一二三四五六七八九幺]{3,4})\s*(?:室|号房|房间|房))")]
    private static partial Regex RoomWithSuffix();

    // 3幢501, 3号楼1201, 6棟903, 7#1102: digits right after a building.
    [GeneratedRegex(@"(?<=[0-9一二三四五六七八九十]\s*(?:幢|栋|棟|號樓|号楼|楼|樓|座|#)\s*)(?<room>[0-9]{3,4})(?![0-9]|\s*(?:层|年|元|块|米|人|户|次|个|号|月|日|天|岁|斤|平|%))")]
    private static partial Regex RoomAfterBuilding();

    // 我家1201, 住在803: digits right after home or living.
    [GeneratedRegex(@"(?<=(?:住|家)(?:在)?\s*)(?<room>[0-9]{3,4})(?![0-9]|\s*(?:年|元|块|万|米|人|户|次|个|号|月|日|天|岁|斤|平|%))")]
    private static partial Regex RoomAfterHome();
}
