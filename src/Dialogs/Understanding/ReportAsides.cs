using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// The words of a report that say how to handle it, not what the problem is: urgency (很急, 不着急, 麻烦尽快), whether to
/// call (别打电话, 可以打我电话), thanks and "me too" (+1, 同上, 谢谢). Two neighbours reporting one problem differ most in these.
/// </summary>
internal static partial class ReportAsides
{
    /// <summary>The text (normalised: simplified, ASCII punctuation) without its asides.</summary>
    public static string Remove(string text) => Asides().Replace(text, " ").Trim();

    [GeneratedRegex(
        "(?:(?:不|没那么|不太|不用|别)(?:着|太)?急|不紧急|不赶时间)" +
        "|(?:非常|特别|真的|很|挺|蛮|太|好)?(?:紧急|着急|急死了?|急急急|急得很|加急|很急|挺急|蛮急)" +
        "|(?:麻烦|请|拜托|求求)?(?:你们|物业|师傅|社区|网格员)?(?:尽快|赶紧|马上|赶快|快点)(?:派人|来人|过来|处理|来修|来看看?|修一下|修修|看一下|安排)?(?:一下)?" +
        "|(?:麻烦|请|拜托)(?:你们|物业|师傅|社区|网格员)?(?:派人|来人|过来|处理|来修|来看看?|修一下|修修|看一下|安排)(?:一下)?" +
        "|(?:可以|能|请|麻烦)?(?:打|给)我?电话|电话联系|联系我|(?:别|不要|不用|勿)(?:打|给我打)?电话" +
        "|谢谢(?:了|你们|啦)?|多谢|辛苦(?:了|你们)?|\\+1|同上|我也(?:是|遇到了?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Asides();
}
