namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// Things a question can be about that exclude each other (kindergarten, primary school, junior high; a car, an
/// e-bike; an ID card, a residence permit, a passport; registering a household and enrolling at a school; a benefit for the old, for graduates, for the disabled): a policy that names another member of the question's group and
/// not the question's own is about something else, however many words they share (幼儿园招生 is not
/// 义务教育招生). Texts are expected normalised (<see cref="Understanding.ChineseText.Normalize"/>).
/// </summary>
public static class ConflictingConcepts
{
    /// <summary>
    /// Provinces and large cities outside Zhejiang (the policy base's home province): a question naming one is about
    /// somewhere across a provincial border (医保是四川的，在杭州住院 is 跨省, not 省内).
    /// </summary>
    private static readonly string[] OutsideZhejiang =
    [
        "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
        "香港", "澳门", "台湾", "成都", "深圳", "广州", "南京", "武汉", "西安", "长沙", "郑州", "合肥", "济南", "青岛", "苏州",
        "厦门", "福州", "南昌", "沈阳", "哈尔滨", "昆明", "贵阳", "南宁", "石家庄", "太原", "兰州", "东北",
    ];

    private static readonly string[][][] Groups =
    [
        [["幼儿园", "学前", "入园"], ["托育", "托儿所", "托班", "3岁以下"], ["小学", "一年级", "幼升小"], ["初中", "小升初", "初一", "中学"], ["高中", "中考"], ["大学", "高校", "高考", "研究生"]],
        [["小客车", "小汽车", "私家车", "轿车", "汽车"], ["电动车", "电瓶车", "电动自行车"], ["摩托车"], ["货车", "卡车"]],
        [["身份证"], ["居住证"], ["护照", "港澳通行证"], ["驾驶证", "驾照"], ["户口", "落户"], ["结婚证"]],
        [["上户口", "报户口", "落户", "迁户口", "户口迁移"], ["招生", "报名", "入学"]],
        [["火车", "高铁", "铁路", "动车"], ["飞机", "航班", "机场"], ["地铁"], ["公交"], ["轮船", "渡轮"]],
        [["跨省", "外省", "省外", "外地", "异地", .. OutsideZhejiang], ["省内"]],
        [["医保", "医疗保险"], ["公积金"], ["养老保险"], ["失业保险", "失业金"]],
        [["高龄", "老年人", "老人", "长者"], ["应届生", "毕业生", "大学生"], ["残疾人", "残疾证", "残疾"], ["退役军人", "军属"], ["孕妇", "孕产妇", "产妇"],
            ["低保", "特困", "低收入"]],
    ];

    /// <summary>The question names a member of a group, and the policy names another member of it but not the question's.</summary>
    public static bool Conflict(string question, string policy)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(policy);
        return Groups.Any(group =>
        {
            var asked = group.Where(member => Names(question, member)).ToList();
            return asked.Count > 0 && !asked.Any(member => Names(policy, member))
                && group.Except(asked).Any(member => Names(policy, member));
        });
    }

    private static bool Names(string text, string[] member) => member.Any(term => text.Contains(term, StringComparison.Ordinal));
}
