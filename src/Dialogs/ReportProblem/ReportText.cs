using System.Text.RegularExpressions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>What a report's words say beyond intent and category: the description, the room, whether a call is welcome.</summary>
internal static partial class ReportText
{
    /// <summary>The message without the words that only say "I want to report"; null when nothing is left.</summary>
    internal static string? Description(string text)
    {
        var rest = Trigger().Replace(text.Trim(), string.Empty).Trim(' ', '，', ',', '。', '：', ':', '!', '！');
        return rest.Length >= 3 ? text.Trim() : null;
    }

    internal static string? Room(RoomAddress? address) =>
        address?.Room is { } room ? $"{(address.Unit is { } unit ? $"{unit}单元" : string.Empty)}{room}" : null;

    internal static bool? Contact(string text) =>
        NoCall().IsMatch(text) ? false : Call().IsMatch(text) ? true : null;

    internal static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex("^(?:@?幸福里助手)?\\s*(?:我(?:想|要)?)?(?:报事|报修|求助|投诉|反映(?:一下|个)?(?:问题|情况)?)")]
    private static partial Regex Trigger();

    /// <summary>Words that welcome a call (可以打我电话, 联系我).</summary>
    internal const string CallWords = "(?:可以|能|请|麻烦)?(?:打|给)我?电话|电话联系|联系我";

    /// <summary>Words that refuse a call (别打电话).</summary>
    internal const string NoCallWords = "(?:别|不要|不用|勿)(?:打|给我打)?电话";

    [GeneratedRegex(CallWords)]
    private static partial Regex Call();

    [GeneratedRegex(NoCallWords)]
    private static partial Regex NoCall();
}
