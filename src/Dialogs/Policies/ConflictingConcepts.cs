using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// Things a question can be about that exclude each other (kindergarten, primary school, junior high, where finishing one is entering the next: 小学毕业 asks about 初中; a car, an
/// e-bike; an ID card, a residence permit, a passport; registering a household and enrolling at a school; a benefit for the old, for graduates, for the disabled): a policy that names another member of the question's group and
/// not the question's own is about something else, however many words they share (幼儿园招生 is not
/// 义务教育招生). Texts are expected normalised (<see cref="Understanding.ChineseText.Normalize"/>).
/// </summary>
public static partial class ConflictingConcepts
{
    /// <summary>What a question naming a place in another province is about, whether or not it says so (医保是四川的，在杭州住院).</summary>
    public const string AcrossProvinces = "跨省";

    /// <summary>Who a benefit is for: a policy for one of them is no answer for another, nor, unasked, for anyone.</summary>
    private static readonly string[][] People =
    [
        ["高龄", "老年人", "老人", "长者"], ["应届生", "毕业生", "大学生", "毕业", "失业青年", "见习"], ["残疾人", "残疾证", "残疾"], ["退役军人", "军属"], ["孕妇", "孕产妇", "产妇"],
        ["低保", "特困", "低收入"], ["随迁", "进城务工", "外来务工", "农民工", "务工", "打工", "外地户口", "外地人"],
    ];

    private static readonly string[][][] Groups =
    [
        [["幼儿园", "学前", "入园"], ["托育", "托儿所", "托班", "3岁以下"], ["小学", "一年级", "幼升小", "幼儿园毕业"], ["初中", "小升初", "小学升初中", "升初中", "初一", "中学", "小学毕业"], ["高中", "中考", "初中毕业"], ["大学", "高校", "高考", "研究生", "高中毕业"]],
        [["小客车", "小汽车", "私家车", "轿车", "汽车"], ["电动车", "电瓶车", "电动自行车"], ["摩托车"], ["货车", "卡车"]],
        [["身份证"], ["居住证"], ["护照", "港澳通行证"], ["驾驶证", "驾照"], ["户口", "落户"], ["结婚证"]],
        [["上户口", "报户口", "落户", "迁户口", "户口迁移"], ["招生", "报名", "入学"]],
        [["火车", "高铁", "铁路", "动车"], ["飞机", "航班", "机场"], ["地铁"], ["公交"], ["轮船", "渡轮"]],
        [[AcrossProvinces, "外省", "省外", "外地", "异地"], ["省内"]],
        [["医保", "医疗保险"], ["公积金"], ["养老保险"], ["失业保险", "失业金"]],
        [["职工医保", "职工医疗保险", "职工基本医疗"], ["城乡居民医保", "居民医保", "城乡居民医疗", "居民医疗保险", "新农合", "农村合作医疗"]],
        [["职工养老", "职工基本养老"], ["城乡居民养老", "居民养老", "城乡居民基本养老", "新农保", "农村养老保险"]],
        People,
    ];

    /// <summary>
    /// Kinds of case that rules commonly treat apart from the rest of their group: a new-energy car under a restriction
    /// on cars (often exempt), a taxi or ride-hailing car, a vehicle on duty.
    /// </summary>
    private static readonly string[][] Exceptional =
    [
        ["新能源", "电动汽车", "纯电", "混动", "插混", "油电"], ["出租车", "网约车", "营运车", "营运车辆"], ["救护车", "警车", "消防车", "军车", "公务车"],
    ];

    /// <summary>
    /// The question asks about a kind of case rules often treat apart (<see cref="Exceptional"/>: 新能源车也限行吗) and the
    /// policy's text does not speak of it: the text's rule may well not be theirs, so the policy is a guess to offer, not
    /// an answer.
    /// </summary>
    public static bool LeavesOutAskedCase(string question, string policy)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(policy);
        return Exceptional.Any(kind => Names(question, kind) && !Names(policy, kind));
    }

    /// <summary>
    /// The policy's title is for a group of people (随迁子女就学, 高龄老人生活补贴) and the question, with the policy words its
    /// everyday expressions stand for, says nothing of who it is for: answering would presume the asker is one of them.
    /// </summary>
    public static bool Presumes(string question, string title)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(title);
        return People.Any(member => Names(title, member)) && !People.Any(member => Names(question, member));
    }

    /// <summary>
    /// The question names a member of a group (or implies one: <paramref name="implied"/>, such as <see cref="AcrossProvinces"/>),
    /// and the policy names another member of it but not the question's.
    /// </summary>
    public static bool Conflict(string question, string policy, params string[] implied)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(policy);
        return NamesAnotherHub(question, policy) || Groups.Any(group =>
        {
            var asked = group.Where(member => NamesWhole(question, member, group) || member.Intersect(implied, StringComparer.Ordinal).Any()).ToList();
            return asked.Count > 0 && !asked.Any(member => Names(policy, member))
                && group.Except(asked).Any(member => Names(policy, member));
        });
    }

    /// <summary>
    /// Both name an airport, or both a railway station, and not the same one (虹桥机场 is not 浦东国际机场, 杭州东站 not
    /// 杭州站): the city they share says nothing of which.
    /// </summary>
    private static bool NamesAnotherHub(string question, string policy)
    {
        var asked = Hubs(question);
        var told = Hubs(policy);
        return asked.Select(h => h.Kind).Distinct().Any(kind =>
            told.Any(t => t.Kind == kind) && !asked.Where(a => a.Kind == kind).Intersect(told).Any());
    }

    /// <summary>The airports and stations a text names (虹桥, 机场), not the words of going before a bare 机场 (到达机场, 去机场).</summary>
    private static HashSet<(string Name, string Kind)> Hubs(string text) =>
        Hub().Matches(text).Where(m => !m.Groups[1].Value.Any(c => "达到去往回在从赶出进离抵飞至送接".Contains(c, StringComparison.Ordinal)))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value == "机场" ? "机场" : "站")).ToHashSet();

    [GeneratedRegex(@"([\u4e00-\u9fff]{2})(?:国际)?(机场|火车站|东站|南站|西站|北站)")]
    private static partial Regex Hub();

    private static bool Names(string text, string[] member) => member.Any(term => text.Contains(term, StringComparison.Ordinal));

    /// <summary>
    /// The text names the member other than inside a longer term of another member of its group: 小学升初中 names 初中,
    /// not 小学 as well.
    /// </summary>
    private static bool NamesWhole(string text, string[] member, string[][] group)
    {
        var longer = group.Where(other => other != member).SelectMany(other => other).ToList();
        return member.Any(term => Occurrences(text, term).Any(at =>
            !longer.Any(l => l.Length > term.Length && l.Contains(term, StringComparison.Ordinal)
                && Occurrences(text, l).Any(start => start <= at && at + term.Length <= start + l.Length))));
    }

    private static IEnumerable<int> Occurrences(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
