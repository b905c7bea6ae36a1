using System.Buffers;
using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// What kind of figure a question asks for (多少钱, 几年, 几点, 几次, a share, or a bare 多少; whether it costs, 收费吗; a number to call; where to
/// apply, 去哪办; or which provider, 哪家), and whether a
/// policy's text states one of that kind at all. A passage that shares the question's words but gives no such figure (灵活就业的缴费基数是多少
/// against a text that names no amount) is a guess to offer, not an answer. Texts are expected normalised
/// (<see cref="Understanding.ChineseText.Normalize"/>).
/// </summary>
public static partial class AskedQuantity
{
    private const string Number = @"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万半]+)";

    private static readonly (Regex Asked, Regex Stated)[] Kinds =
    [
        (MoneyAsked(), new Regex($@"{Number}\s*(?:元|块|%)", RegexOptions.CultureInvariant)),
        (YearsAsked(), new Regex($@"{Number}\s*(?:周年|年(?!级))", RegexOptions.CultureInvariant)),
        (DurationAsked(), new Regex($@"{Number}\s*(?:个月|年(?!级)|天|日|周|小时|个钟头|分钟)", RegexOptions.CultureInvariant)),
        (ClockAsked(), new Regex(@"\d{1,2}[:：]\d{2}|\d{1,2}\s*点", RegexOptions.CultureInvariant)),
        (TimesAsked(), new Regex($@"{Number}\s*次", RegexOptions.CultureInvariant)),
        (AnyFigureAsked(), new Regex(@"\d", RegexOptions.CultureInvariant)),
        (FeeAsked(), new Regex("费|收取|收钱|门票|票价", RegexOptions.CultureInvariant)),
        (PhoneAsked(), new Regex(@"(?<!\d)\d{5,}(?!\d)|热线|电话", RegexOptions.CultureInvariant)),
        (RatioAsked(), new Regex($@"{Number}\s*(?:%|成)|百分之|比例", RegexOptions.CultureInvariant)),
        (ProviderAsked(), new Regex(@"[\u4e00-\u9fff]{2,12}(?:医院|诊所|学校|小学|中学|幼儿园|托儿所|托育园|食堂|银行)[、和及]", RegexOptions.CultureInvariant)),
    ];

    /// <summary>The question asks for no figure, or the policy states one of the kind asked.</summary>
    public static bool IsStatedIn(string question, string policy)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(policy);
        return Kinds.Where(k => k.Asked.IsMatch(question)).All(k => k.Stated.IsMatch(policy))
            && CountedAsked().Matches(question).Select(m => m.Groups["unit"].Value)
                .All(CountedStated.Matches(policy).Select(m => m.Groups["unit"].Value).ToHashSet(StringComparer.Ordinal).Contains)
            && HowMuch().Matches(question).All(m => SubjectHasFigure(question[..m.Index], policy))
            && WhereAsked().Matches(question).All(m => SubjectHasChannel(question[..m.Index], policy));
    }

    /// <summary>
    /// Where to get or apply for the thing asked about (住房租赁备案证明，去哪里办: 住房租赁备案证明): the text names some channel,
    /// and when it names the thing, in the sentence that names it. A text that lists the thing among the papers to bring
    /// and names a channel only for something else (网上报名) does not answer it.
    /// </summary>
    private static bool SubjectHasChannel(string before, string policy)
    {
        var clauses = before.Split(ClauseEndChars, StringSplitOptions.RemoveEmptyEntries);
        var subject = clauses.Length == 0 ? null : Subject(clauses[^1], policy);
        return subject is null
            ? Channel().IsMatch(policy)
            : policy.Split(SentenceEnds).Any(c => c.Contains(subject, StringComparison.Ordinal) && Channel().IsMatch(c));
    }

    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '!', '？', '?'];

    /// <summary>
    /// What 多少 asks the figure of (基本生活费最低不得少于多少: 基本生活费), when the text names it: some sentence of the text that
    /// names it states a figure. A text that names the thing only in passing (由见习单位发放基本生活费) and gives figures of
    /// something else (最低工资标准的60%) does not answer it. Unknown subjects are left to the kinds above.
    /// </summary>
    private static bool SubjectHasFigure(string before, string policy)
    {
        var clause = before[(before.LastIndexOfAny(ClauseEnds) + 1)..];
        for (var stripped = true; stripped;)
        {
            var hedge = Hedges.FirstOrDefault(h => clause.EndsWith(h, StringComparison.Ordinal));
            stripped = hedge is not null;
            clause = hedge is null ? clause : clause[..^hedge.Length];
        }

        var subject = Subject(clause, policy);
        return subject is null || policy.Split(ClauseEndChars).Any(c => c.Contains(subject, StringComparison.Ordinal) && Figure().IsMatch(c));
    }

    /// <summary>The longest end of the clause (two to six characters) that the text names: what the clause asks about.</summary>
    private static string? Subject(string clause, string policy) =>
        Enumerable.Range(2, Math.Max(0, Math.Min(6, clause.Length) - 1)).Reverse().Select(n => clause[^n..])
            .FirstOrDefault(s => s.All(c => c is >= '\u4e00' and <= '\u9fff') && policy.Contains(s, StringComparison.Ordinal));

    private static readonly char[] ClauseEndChars = ['，', ',', '。', '；', ';', '？', '?', '！', '!', ' ', '：', ':'];

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(ClauseEndChars);

    /// <summary>Words between a thing and the 多少 that asks its figure (生活费最低不得少于多少, 补贴一般是多少).</summary>
    private static readonly string[] Hedges =
        ["不得少于", "不得低于", "不少于", "不低于", "不超过", "最低", "最高", "最多", "最少", "一般", "大概", "大约", "具体", "到底", "能", "可以", "要", "需要", "应该", "都", "的", "是", "有", "为", "了"];

    [GeneratedRegex("多少(?!次|年|天|个月|元|钱)")]
    private static partial Regex HowMuch();

    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千万半]+(?:元|块|岁|周岁|年|个月|天|日|次|%|成|倍)")]
    private static partial Regex Figure();

    /// <summary>
    /// How many of a thing, asked at the end of a clause (每天最多几餐？ 能带几个充电宝？ 分几类？), not 几个 meaning a few
    /// (我们几个老姐妹想去…): a text answers it only with a number of that same thing, not with figures of another (每餐3元).
    /// </summary>
    [GeneratedRegex($"(?:几|多少)周?{CountUnit}(?=[^，,。！!；;？?\\s]{{0,5}}(?:[？?]|$))")]
    private static partial Regex CountedAsked();

    /// <summary>A number of things as a text states it (2张, 四分类, 三大类, 3周岁: 几岁 and 几周岁 ask the same).</summary>
    private static readonly Regex CountedStated = new($@"{Number}\s*(?:大|分|周)?{CountUnit}", RegexOptions.CultureInvariant);

    private const string CountUnit = "(?<unit>餐|顿|个(?!月|小时|钟|工作日)|张|份|件|户|辆|台|箱|袋|斤|公斤|千克|升|平米|平方米|公里|类|种|项|样|套|本|岁|级)";

    [GeneratedRegex("多少钱|几块钱|几块|多少元|几元|补多少|补贴多少|给多少|发多少|交多少钱|收多少|费用多少|多少费用|什么价|啥价")]
    private static partial Regex MoneyAsked();

    [GeneratedRegex("多少年|几年(?!级)|几周年")]
    private static partial Regex YearsAsked();

    [GeneratedRegex("多久|多长时间|多长|几个月|多少个月|多少天|几天|几个小时|几小时|几个钟头|几个钟")]
    private static partial Regex DurationAsked();

    [GeneratedRegex("几点")]
    private static partial Regex ClockAsked();

    [GeneratedRegex("几次|多少次")]
    private static partial Regex TimesAsked();

    /// <summary>Whether something is charged for (要另外收配送费吗, 要钱吗): a text answers it only by saying what is charged or free.</summary>
    [GeneratedRegex("收费吗|收钱吗|要钱吗|要不要钱|收不收钱|收不收费|免费吗|另外收|额外收|收.{0,4}费吗|要.{0,4}费吗|是否(?:收|免|要).{0,4}费|是否免收|免门票|免票|门票")]
    private static partial Regex FeeAsked();

    /// <summary>A number to call (预约电话是多少): a text answers it only by giving one.</summary>
    [GeneratedRegex("电话是多少|电话多少|电话号码|联系电话|热线|打什么电话|打哪个电话")]
    private static partial Regex PhoneAsked();

    /// <summary>A share (报销比例, 报几成, 百分之几): a text answers it only with a percentage, a share in 成 or a 比例.</summary>
    [GeneratedRegex("比例|几成|百分之几|百分比|报多少|能报多少")]
    private static partial Regex RatioAsked();

    /// <summary>Where to go or apply (去哪里办, 在哪申请): a text answers it only by naming some office, counter, app or platform.</summary>
    [GeneratedRegex("(?:去|到|在)?(?:哪里|哪儿|哪|什么地方|啥地方)(?:办|申请|领|交|开|弄|登记|备案)")]
    private static partial Regex WhereAsked();

    [GeneratedRegex("app|窗口|委会|公众号|网上|线上|平台|经办|派出所|公安|社区|街道|服务中心|随申办|浙里办|小程序|热线|大厅|官网|营业厅|医院|学校|机构")]
    private static partial Regex Channel();

    /// <summary>Which provider to go to (哪家托儿所): a text answers it only by naming them, in a list (浙一医院、邵逸夫医院).</summary>
    [GeneratedRegex("哪家|哪几家|哪一家|哪个医院|哪所")]
    private static partial Regex ProviderAsked();

    [GeneratedRegex("是多少|多少[？?]?$|多少呢|多少啊|多少来着|多大|多高|几岁")]
    private static partial Regex AnyFigureAsked();
}
