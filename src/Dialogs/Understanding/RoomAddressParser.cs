using System.Globalization;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Building, unit and room in the forms residents write: 3幢2单元501, 3-2-501, 3-501,
/// 三号楼二单元, 5栋, 3号楼501室. "3楼" (a floor) is not a building.
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
        if (!building.Success && !unit.Success && !room.Success)
        {
            return null;
        }

        return new RoomAddress(
            building.Success && ChineseNumber.TryParse(building.Groups["b"].Value, out var b) ? b.ToString(CultureInfo.InvariantCulture) : null,
            unit.Success && ChineseNumber.TryParse(unit.Groups["u"].Value, out var u) ? u : null,
            room.Success ? room.Groups["r"].Value : null);
    }

    [GeneratedRegex(@"(?<![0-9])(?<b>[0-9]{1,3})-(?:(?<u>[0-9]{1,2})-)?(?<r>[0-9]{3,4})(?![0-9])")]
    private static partial Regex Dashed();

    [GeneratedRegex($@"(?<b>{N})\s*(?:幢|栋|号楼|座|号院)")]
    private static partial Regex Building();

    [GeneratedRegex($@"(?<u>{N})\s*单元")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\G\s*(?:号|室)?\s*(?<r>[0-9]{3,4})(?![0-9])\s*(?:室|号)?")]
    private static partial Regex Room();

    [GeneratedRegex(@"(?<![0-9])(?<r>[0-9]{3,4})\s*(?:室|房)")]
    private static partial Regex RoomOnly();
}
