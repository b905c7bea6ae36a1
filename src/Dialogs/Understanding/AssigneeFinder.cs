using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// The colleague a grid member hands an order to, as they name them: 让小李跟一下 → 小李, 转给王姐处理 → 王姐,
/// 请赵丽同志协调 → 赵丽, 交给秀英姐 → 秀英姐. The name is taken as written; the transfer looks it up among the
/// community's grid members (<c>ColleagueNames</c>).
/// </summary>
internal static partial class AssigneeFinder
{
    public static string? Find(string text) => Named().Match(text) is { Success: true } match ? match.Groups["name"].Value : null;

    // A verb of handing over, then two to five characters (lazily, so the name ends at the first word that follows a
    // name: 同志, 来, 去, 跟, 处理 …), not starting with a pronoun or a word that is no person.
    [GeneratedRegex(@"(?:转派给|转交给|转给|转交|转派|交给|交畀|转畀|派给|给|让|请|叫|找|换|劳烦|麻烦|转|交)\s*(?<name>(?![我你您他她它们这那哪谁大人下一个点些社物居街片区单工网假])(?:(?![让给请叫找转交派换我你])[\u4e00-\u9fff]){2,5}?)(?=同志|同事|网格长|网格员|楼栋长|调解员|来|去|跟|处理|协调|调解|代|接|弄|看|负责|吧|了|帮|出面|替|统一|安排|沟通|过去|办|管|他|她|$|[\s,，。.!！;；:：])")]
    private static partial Regex Named();
}
