using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Privacy;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>How 邻里互助 messages read: the post's number, the command on it, the place, personal details, grid problems.</summary>
public static partial class HelpPostWords
{
    private static readonly Lexicon<ProblemCategory> Categories = CategoryLexicon.Create();

    /// <summary>Categories the grid handles however they are asked: a neighbour is not the one to fix a leak or a lift.</summary>
    private static readonly ProblemCategory[] GridCategories =
        [ProblemCategory.RepairsProperty, ProblemCategory.Safety, ProblemCategory.Sanitation, ProblemCategory.Medical, ProblemCategory.NeighbourDispute, ProblemCategory.ElderlyCare];

    /// <summary>What a command on a post does.</summary>
    public enum Verb
    {
        Answer,
        Agree,
        Decline,
        Confirm,
        Withdraw,
        Report,
    }

    /// <summary>The command, the post's number (HZ7) when written, the answer's place (第2位) and the rest (a report's reason).</summary>
    public static (Verb Verb, string? Number, int? Sequence, string Remainder) Command(string text)
    {
        var normalized = ChineseText.Normalize(text);
        if (PostCommand().Match(normalized) is { Success: true } m)
        {
            var verb = m.Groups["verb"].Value switch
            {
                "同意" => Verb.Agree,
                "不用了" => Verb.Decline,
                "完成" => Verb.Confirm,
                "撤销" or "撤回" => Verb.Withdraw,
                "举报" => Verb.Report,
                _ => Verb.Answer,
            };
            int? sequence = m.Groups["seq"].Success ? int.Parse(m.Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            return (verb, m.Groups["number"].Value.ToUpperInvariant(), sequence, m.Groups["rest"].Value.Trim());
        }

        var bare = normalized.TrimEnd('。', '.', '!', '！', '~');
        return bare switch
        {
            "已经帮好了" or "已经帮完了" or "已经好了" or "完成了" => (Verb.Confirm, null, null, string.Empty),
            "不需要了" or "不需要帮忙了" or "不用了" => (Verb.Withdraw, null, null, string.Empty),
            _ => (Verb.Answer, null, null, string.Empty),
        };
    }

    /// <summary>The post's text without its opening (求助：, 我可以帮忙, @幸福里助手).</summary>
    public static string Body(string text, HelpKind kind)
    {
        var body = Mention().Replace(text.Trim(), string.Empty);
        body = (kind == HelpKind.Need ? NeedOpening() : OfferOpening()).Replace(body, string.Empty);
        return body.Trim().TrimEnd('。', '.');
    }

    /// <summary>Where within the compound the message names (家里, 小区门口, 3幢楼下 …), if anywhere.</summary>
    public static string? Place(string text) => PlaceWords().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The text with phones, ID numbers, rooms and the given names cut out, and whether anything was.</summary>
    public static (string Text, bool Removed) Strip(string text, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        var details = PersonalDetailFinder.Find(text, names);
        if (details.Count == 0)
        {
            return (text, false);
        }

        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var detail in details)
        {
            result.Append(text, at, detail.Start - at);
            at = detail.End;
        }

        var stripped = Spaces().Replace(result.Append(text, at, text.Length - at).ToString(), " ").Trim(' ', '，', ',', '、');
        return (stripped, true);
    }

    /// <summary>
    /// The category when a need is really a problem for the grid: an emergency, or a strong word of a category the grid
    /// handles (漏水, 电梯, 独居老人 …) by the same lexicon and urgency detector that read reports.
    /// </summary>
    public static ProblemCategory? GridProblem(RecognizerResult recognized)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var scores = Categories.Score(recognized.Text, recognized.Words.ToHashSet(StringComparer.Ordinal));
        var strongest = GridCategories.Select(c => (Category: c, Score: scores.GetValueOrDefault(c))).MaxBy(c => c.Score);
        if (recognized.Emergencies != EmergencyKind.None)
        {
            return strongest.Score > 0 ? strongest.Category : recognized.Category;
        }

        return strongest.Score >= 3 ? strongest.Category : null;
    }

    [GeneratedRegex(@"^(?<verb>我来帮忙?|我来|我需要|同意|不用了|完成|撤销|撤回|举报)\s*(?<number>hz[0-9]+)(?:\s*第(?<seq>[0-9]+)位)?(?<rest>.*)$")]
    private static partial Regex PostCommand();

    [GeneratedRegex(@"^@\S+\s*")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^(?:求助|求帮忙)\s*[:：,，]?\s*")]
    private static partial Regex NeedOpening();

    [GeneratedRegex(@"^我(?:可以|能)帮(?:忙|大家|邻居)?\s*[:：,，]?\s*")]
    private static partial Regex OfferOpening();

    [GeneratedRegex(@"(?:在)?(?:家里|我家|小区(?:东|南|西|北)?(?:门口|大门|里)|(?:东|南|西|北)门(?:口)?|[0-9一二三四五六七八九十]+(?:幢|栋|号楼)(?:楼下|门口)?|楼下|车库|广场|花园|快递柜|菜场|幼儿园门口|学校门口)")]
    private static partial Regex PlaceWords();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
