using System.Text.RegularExpressions;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.WorkOrders;

/// <summary>
/// A colleague as grid members name one (小李, 老王, 王姐, 芳姐, 赵老师, 秀英姐, 陈明同志) matched to a grid member's
/// full name: the whole name, the name without a title, the surname after 小/老 or before 姐/哥/老师…, or the
/// given name before 姐/哥. Members of the order's grid come first; a name that fits no one or several is kept as
/// written, so the transfer says it found no such member.
/// </summary>
public static partial class ColleagueNames
{
    public static async Task<string> FullNameAsync(CommunityDbContext db, string spoken, int? gridId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.GridMembers.AsNoTracking().Select(m => new { m.Name, m.GridId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Resolve(spoken, members.Select(m => (m.Name, m.GridId)).ToList(), gridId) ?? spoken;
    }

    /// <summary>The one member the spoken name fits (in the order's grid first), or null.</summary>
    public static string? Resolve(string spoken, IReadOnlyList<(string Name, int GridId)> members, int? gridId)
    {
        ArgumentNullException.ThrowIfNull(members);
        var name = ChineseText.Normalize(spoken);
        var bare = Title().Replace(name, string.Empty);
        var fits = members.Where(m => Fits(ChineseText.Normalize(m.Name), name, bare)).ToList();
        var inGrid = fits.Where(m => m.GridId == gridId).ToList();
        return inGrid.Count == 1 ? inGrid[0].Name : fits.Count == 1 ? fits[0].Name : null;
    }

    private static bool Fits(string full, string name, string bare)
    {
        // 陈明同志 → 陈明; 秀英 → 李秀英 (the given name alone).
        if (full == name || full == bare || (bare.Length >= 2 && full.Length == bare.Length + 1 && full.EndsWith(bare, StringComparison.Ordinal)))
        {
            return true;
        }

        // 小李, 老王 → the surname; 王姐, 赵老师 → the surname; 秀英姐, 芳姐 → the given name.
        if (Nickname().Match(name) is not { Success: true } nick)
        {
            return false;
        }

        var part = nick.Groups["part"].Value;
        var surname = part.Length == 1 && full.StartsWith(part, StringComparison.Ordinal);
        var given = full.Length > part.Length && full.EndsWith(part, StringComparison.Ordinal);
        return nick.Groups["before"].Value is "小" or "老" ? surname : surname || given;
    }

    [GeneratedRegex("(?:同志|同事|网格长|网格员|楼栋长|调解员)$")]
    private static partial Regex Title();

    [GeneratedRegex("^(?:(?<before>[小老阿])(?<part>[\u4e00-\u9fff])|(?<part>[\u4e00-\u9fff]{1,2})(?:姐|哥|叔|姨|老师|师傅|网格长|主任|书记))$")]
    private static partial Regex Nickname();
}
