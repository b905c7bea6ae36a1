using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>
/// How a resident answered the report's confirmation: yes, no, "that's wrong" without saying what, or a
/// correction of one or more fields (地点, 类别, 紧急程度, 电话联系, 描述). A correction wins over a yes
/// that comes with it ("对，不过是5幢"); a plain no (否, 不提交, 算了) is the only way to drop the report here.
/// </summary>
public sealed partial record ReportCorrection
{
    public ReportCorrectionKind Kind { get; init; }

    public ProblemCategory? Category { get; init; }

    public Urgency? Urgency { get; init; }

    public bool? ContactAllowed { get; init; }

    /// <summary>A building (and maybe room) the resident named.</summary>
    public RoomAddress? Address { get; init; }

    /// <summary>The corrected words, to replace the description (<see cref="ReplacesDescription"/>) or to add to it.</summary>
    public string? Description { get; init; }

    public bool ReplacesDescription { get; init; }

    public static ReportCorrection Read(string? answer, Recognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var text = ChineseText.Normalize(answer).Trim();
        if (Drop().IsMatch(text))
        {
            return new ReportCorrection { Kind = ReportCorrectionKind.Cancel };
        }

        var wrong = Wrong().Match(text);
        var rest = Lead().Replace(wrong.Success ? text[wrong.Length..] : text, string.Empty).Trim();
        var recognized = rest.Length > 0 ? recognizer.Recognize(rest) : RecognizerResult.Empty;
        var correction = new ReportCorrection
        {
            Kind = ReportCorrectionKind.Correct,
            Category = CategoryNamed(rest),
            Urgency = recognized.Emergencies != EmergencyKind.None ? Community.WorkOrders.Urgency.Emergency
                : NotUrgent().IsMatch(rest) ? Community.WorkOrders.Urgency.Normal
                : Urgent().IsMatch(rest) ? Community.WorkOrders.Urgency.Urgent : null,
            ContactAllowed = ReportText.Contact(rest),
            Address = recognized.Address?.Building is not null ? recognized.Address : null,
        };

        var described = DescriptionField().Match(rest);
        var words = described.Success ? described.Groups["words"].Value.Trim() : Leftover(rest);
        if (words.Count(IsHan) >= 2 && (described.Success || ConfirmPrompt.Interpret(words) is null))
        {
            // The resident's own words go on the order, not what was left after taking the field words out.
            correction = correction with
            {
                Description = described.Success ? words : rest.Trim(' ', '，', ',', '。', '.', '!', '！'),
                ReplacesDescription = described.Success,
            };
        }

        if (correction.Names)
        {
            return correction;
        }

        if (wrong.Success && rest.Length == 0)
        {
            return new ReportCorrection { Kind = ReportCorrectionKind.AskWhat };
        }

        return ConfirmPrompt.Interpret(text) switch
        {
            true => new ReportCorrection { Kind = ReportCorrectionKind.Submit },
            false => new ReportCorrection { Kind = ReportCorrectionKind.Cancel },
            null => new ReportCorrection { Kind = ReportCorrectionKind.AskWhat },
        };
    }

    /// <summary>Whether the answer says anything about a field.</summary>
    public bool Names => Category is not null || Urgency is not null || ContactAllowed is not null || Address is not null || Description is not null;

    private static ProblemCategory? CategoryNamed(string text)
    {
        var named = Enum.GetValues<ProblemCategory>()
            .Where(c => c != ProblemCategory.Consultation && text.Contains(c.ToChinese(), StringComparison.Ordinal))
            .ToList();
        return named.Count == 1 && (CategoryField().IsMatch(text) || text.TrimEnd('的', '类', '问', '题') == named[0].ToChinese())
            ? named[0] : null;
    }

    // What is left when the field words, yes-words and fillers are taken out: new words about the problem itself.
    private static string Leftover(string text)
    {
        var rest = FieldWords().Replace(text, " ");
        rest = Filler().Replace(rest, " ");
        return Regex.Replace(rest, "\\s+", " ").Trim(' ', '，', ',', '。', '.', '!', '！', '、');
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex("^(?:不提交|不报|不用提交|不要提交|不用报|不弄了|不要了|算了|取消|放弃|先不)")]
    private static partial Regex Drop();

    // "不是5幢，是3幢": the wrong part goes with the marker.
    [GeneratedRegex("^(?:不对不对|不对|不是(?:[^，,。]{1,12}[，,。]\\s*(?=是|应该|在))?|不是的?|错了|说错了|搞错了|写错了|弄错了|有误|有错)[，,。.!！\\s]*")]
    private static partial Regex Wrong();

    [GeneratedRegex("^(?:应该是|其实是|改成|改为|换成|是在|在|是)[：:\\s]*")]
    private static partial Regex Lead();

    private const string NotUrgentWords = "(?:不|没那么|不太|不用|别)(?:着|太)?急|不紧急|慢慢(?:来|修|弄)|不赶时间|不赶";
    private const string UrgentWords = "紧急|很急|挺急|蛮急|急得很|加急|着急|尽快|马上|赶紧|急";

    [GeneratedRegex(NotUrgentWords)]
    private static partial Regex NotUrgent();

    [GeneratedRegex(UrgentWords)]
    private static partial Regex Urgent();

    [GeneratedRegex("类别|类型|分类|属于")]
    private static partial Regex CategoryField();

    [GeneratedRegex("^(?:描述|内容|问题|情况)(?:应该)?(?:是|改成|改为|为)?[：:\\s]*(?<words>.+)$")]
    private static partial Regex DescriptionField();

    [GeneratedRegex(
        "(?:地点|地址|位置|楼栋|类别|类型|分类|属于|紧急程度|紧急|电话联系|电话|照片)(?:应该)?(?:是|改成|改为|为)?" +
        "|[0-9一二三四五六七八九十]+\\s*(?:幢|栋|号楼|楼|单元|室|号|层)?" +
        "|物业维修|环境卫生|治安安全|邻里纠纷|养老|育儿|就医|入学|其他" +
        "|" + NotUrgentWords + "|" + UrgentWords + "|" + ReportText.CallWords + "|" + ReportText.NoCallWords)]
    private static partial Regex FieldWords();

    [GeneratedRegex("是的|没错|没问题|对的|好的|可以|确认|提交|谢谢|麻烦了|麻烦|辛苦了|处理|一下|的|了|吧|呢|啊|呀|哦|嗯|对|好|行|是|的话")]
    private static partial Regex Filler();
}
