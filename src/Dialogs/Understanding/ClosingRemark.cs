namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// 不用了, 好的谢谢, 知道了, 嗯嗯明白了谢谢您: a message made only of acknowledgements, polite refusals and thanks (with
/// fillers such as 您, 啦, 哈 and any punctuation) says the writer has what they wanted; it asks nothing new. Read by
/// its whole form: one word of substance (不用了，电梯还是坏的) makes it something else.
/// </summary>
public static class ClosingRemark
{
    private static readonly string[] Thanks =
        ["谢谢", "多谢", "谢啦", "谢了", "感谢", "感恩", "辛苦了", "辛苦", "麻烦了", "麻烦你了", "麻烦您了", "thanks", "thank", "thx", "3q"];

    private static readonly string[] Enough =
    [
        "好的", "好滴", "好嘞", "好吧", "好了", "好", "行吧", "行了", "行", "可以了", "嗯", "哦", "噢", "喔", "ok", "okay",
        "知道了", "知道啦", "知道", "晓得了", "晓得", "明白了", "明白", "了解了", "了解", "懂了", "收到了", "收到",
        "不用了", "不用", "不需要了", "不需要", "没有了", "没有", "没事了", "没事", "没了", "没别的了", "没其他的了", "没问题了", "没问题",
        "就这样", "就这些", "算了", "够了",
    ];

    private static readonly string[] Fillers =
    [
        "您", "你", "啦", "了", "啊", "呀", "哈", "呢", "的", "哟", "嘛", "那", "就", "先", "暂时", "非常", "太", "真是", "真", "哈哈", "呵呵",
        "嘿嘿", "you", "much", "so", "very", "老师", "幸福里助手", "小助手", "助手",
    ];

    private static readonly string[] Known = [.. Thanks.Concat(Enough).Concat(Fillers).Distinct(StringComparer.Ordinal)];

    /// <summary>True when the whole message is a closing remark (at least one acknowledgement, refusal or thanks).</summary>
    public static bool IsClosing(string? message) =>
        Split(message) is { } words && words.Any(w => !Fillers.Contains(w, StringComparer.Ordinal));

    /// <summary>True when the message is a closing remark that thanks (不客气 answers it).</summary>
    public static bool IsThanks(string? message) =>
        Split(message) is { } words && words.Any(w => Thanks.Contains(w, StringComparer.Ordinal));

    /// <summary>The message split into closing words and fillers, or null when any part of it is something else.</summary>
    private static List<string>? Split(string? message)
    {
        var text = new string(ChineseText.Normalize(message).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (text.Length == 0)
        {
            return null;
        }

        // Splits the text into known words, longest first, backtracking when a split leaves an unknown rest.
        var splits = new List<string>?[text.Length + 1];
        splits[text.Length] = [];
        for (var start = text.Length - 1; start >= 0; start--)
        {
            splits[start] = WordsAt(text, start)
                .Select(w => splits[start + w.Length] is { } rest ? (List<string>?)[w, .. rest] : null)
                .FirstOrDefault(s => s is not null);
        }

        return splits[0];
    }

    private static IEnumerable<string> WordsAt(string text, int start) =>
        Known.Where(w => start + w.Length <= text.Length && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
            .OrderByDescending(w => w.Length);
}
