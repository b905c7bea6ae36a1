using System.Text.RegularExpressions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Unresolved;

/// <summary>
/// Tells a person saying the bot misunderstood them (不是这个意思, 你理解错了, 答非所问, 不对不对我说的是…) from a plain
/// 不对 or 不是 that answers a question, and finds what they restate after it (我说的是…, 我是想问…).
/// </summary>
public static partial class Misunderstanding
{
    /// <summary>The restatement after the complaint ("" when there is none); null when the message is no complaint.</summary>
    public static string? Detect(string? message)
    {
        var text = ChineseText.Normalize(message);
        var compact = Noise().Replace(text, string.Empty);
        if (compact.Length == 0)
        {
            return null;
        }

        var strong = Strong().Match(compact);
        var restated = Restatement().Match(compact);
        var denied = Denial().Match(compact);
        if (!strong.Success && !(restated.Success && denied.Success && denied.Index < restated.Index))
        {
            return null;
        }

        var rest = restated.Success ? compact[(restated.Index + restated.Length)..] : compact[(strong.Index + strong.Length)..];
        return Particles().Replace(rest, string.Empty);
    }

    // Said on its own, each of these means "you got me wrong".
    [GeneratedRegex(
        "(?<!我)(?:不是|并不是)(?:这个|那个|这|那)意思|我(?:不是|并不是|没)(?:这个|那个|这|那)?意思|不是(?:问|说|要)(?:这个|那个)|(?<!我)(?:理解|听|会)错"
        + "|你(?:理解|听|看|想|搞|弄)错|(?:你|机器人)误会|误会我|答非所问|牛头不对马嘴|驴唇不对马嘴|文不对题"
        + "|(?:你|机器人)(?:根本|还是)?(?:没|没有)(?:听|看|弄|搞)?(?:懂|明白|理解)(?:我的意思|我说的|我)?|没(?:听懂|懂|明白|理解)我(?:的意思|说的)?|不是我(?:想要|要|问|说)的")]
    private static partial Regex Strong();

    // 我说的是…, 我的意思是…, 我是想问…: a restatement, a complaint only after a denial (不对, 不是, 错了).
    [GeneratedRegex("(?:我说的是|我的意思是|我意思是|我是说|我是想说|我是问|我是想问|我想问的是|我问的是|我要的是|我要说的是|我是要)")]
    private static partial Regex Restatement();

    [GeneratedRegex("不对|不是|错了|搞错|弄错|no")]
    private static partial Regex Denial();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex Noise();

    [GeneratedRegex("^(?:啊|呀|吧|哦|喔|嘛|呢|了|啦|哈)+")]
    private static partial Regex Particles();
}
