using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Building, unit and room in the forms residents write: 3幢2单元501, 3-2-501, 3-501,
/// 三号楼二单元, 5栋, 7#楼, 3号楼501室, 九栋二单元五零一, 房间号1504. "3楼" (a floor) is not a building.
/// </summary>
public static partial class RoomAddressParser
{
    private const string N = "[0-9]+|[一二两三四五六七八九十]+";

    public static RoomAddress? Find(string text)
    {
        text = ChineseText.Normalize(text);
        if (Dashed().Match(text) is { Success: true } dashed)
        {
            return new RoomAddress(
                dashed.Groups["b"].Value,
                dashed.Groups["u"].Success ? int.Parse(dashed.Groups["u"].Value, CultureInfo.InvariantCulture) : null,
                dashed.Groups["r"].Value);
        }

        var building = Building().Match(text);
        var unit = Unit().Match(text);
        var start = Math.Max(building.Success ? building.Index + building.Length : 0, unit.Success ? unit.Index + unit.Length : 0);
        var room = (building.Success || unit.Success) ? Room().Match(text, start) : RoomOnly().Match(text);
        if (!room.Success && (building.Success || unit.Success))
        {
            room = RoomOnly().Match(text, start);
        }

        if (!building.Success && !unit.Success && !room.Success)
        {
            return null;
        }

        return new RoomAddress(
            building.Success && ChineseNumber.TryParse(building.Groups["b"].Value, out var b) ? b.ToString(CultureInfo.InvariantCulture) : null,
            unit.Success && ChineseNumber.TryParse(unit.Groups["u"].Value, out var u) ? u : null,
            room.Success ? Digits(room.Groups["r"].Value) : null);
    }

    [GeneratedRegex(@"(?<![0-9])(?<b>[0-9]{1,3})-(?:(?<u>[0-9]{1,2})-)?(?<r>[0-9]{3,4})(?![0-9])")]
    private static partial Regex Dashed();

    // 五零一, 幺零二: a room read out digit by digit.
    private static string Digits(string room) => string.Concat(room.Select(c => SpokenDigits.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? (char)('0' + (i % 10)) : c));

    private const string SpokenDigits = "零一二三四五六七八九〇幺";

    [GeneratedRegex($@"(?<b>{N})\s*(?:幢|栋|号楼|座|号院|#楼?)")]
    private static partial Regex Building();

    [GeneratedRegex($@"(?<u>{N})\s*单元")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\G\s*(?:号|室)?\s*(?<r>[0-9]{3,4}|[零〇一二三四五六七八九幺]{3,4})(?![0-9])\s*(?:室|号)?")]
    private static partial Regex Room();

    [GeneratedRegex(@"(?<![0-9])(?<r>[0-9]{3,4})\s*(?:室|房)|(?:房间号|房号|门牌号?)\s*(?<r>[0-9]{3,4})(?![0-9])")]
    private static partial Regex RoomOnly();
}
