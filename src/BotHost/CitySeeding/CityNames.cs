using BuildingBot.Community.Categories;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>Chinese names, places and problem texts for the synthetic city, picked by a seeded <see cref="Random"/>.</summary>
internal static class CityNames
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
    ];

    private static readonly string[] GivenParts =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "建", "国", "文", "玉", "兰", "志", "红", "海", "峰", "春", "梅", "丹", "鹏", "宇", "欣", "然",
    ];

    private static readonly string[] PlaceHeads =
    [
        "幸福", "和平", "阳光", "翠苑", "金色", "锦绣", "紫荆", "桂花", "丹桂", "枫林", "青山", "绿洲", "东方", "西湖", "滨江",
        "望江", "春晖", "朝晖", "文晖", "新华", "长庆", "湖滨", "嘉绿", "耀江", "景芳", "采荷", "三塘", "古荡", "申花", "蒋村",
    ];

    private static readonly string[] PlaceTails = ["里", "苑", "家园", "花园", "小区", "新村", "公寓", "雅苑", "北区", "南区"];

    private static readonly string[] CommunityTails = ["社区", "街社区", "路社区"];

    private static readonly Dictionary<ProblemCategory, string[]> Problems = new()
    {
        [ProblemCategory.RepairsProperty] = ["电梯又坏了，停在{0}楼不动", "楼道灯不亮已经好几天了", "{0}楼水管漏水，墙面都湿了", "单元门禁坏了关不上", "屋顶渗水，下雨天滴到家里"],
        [ProblemCategory.Sanitation] = ["垃圾桶满了两天没人清运", "楼下有很多狗屎没人管", "楼道里堆了很多杂物发臭", "地下室有老鼠", "绿化带里有人乱倒垃圾"],
        [ProblemCategory.NeighbourDispute] = ["楼上每天晚上很吵，沟通了也没用", "邻居长期占用我的车位", "楼上漏水把我家天花板泡坏了，不肯赔", "对门在楼道里堆鞋柜挡路"],
        [ProblemCategory.ElderlyCare] = ["{0}楼的独居老人好几天没出门了", "老人行动不便，想申请助餐服务", "家里老人有点糊涂，经常走丢", "想给老人申请上门照护"],
        [ProblemCategory.Childcare] = ["放学后孩子没人接，能不能帮忙", "双职工家庭，暑假孩子没人看", "孩子说话晚，想咨询发育评估"],
        [ProblemCategory.Medical] = ["老人在家摔倒了，需要帮忙送医", "孩子发高烧，家里没有车", "想问下社区医院能不能上门"],
        [ProblemCategory.Schooling] = ["孩子入学报名卡住了，材料不全", "孩子在学校被欺负", "转学手续办不下来"],
        [ProblemCategory.Safety] = ["楼道里有很浓的煤气味", "有人从楼上扔东西下来", "消防通道被电动车堵住了", "单元门口的电动车在充电冒烟"],
        [ProblemCategory.Other] = ["旁边工地晚上施工太吵", "小区门口有流动摊贩占道", "宽带一直断网，运营商不来修", "楼下饭店油烟太大"],
        [ProblemCategory.Consultation] = ["想问一下居住证怎么办理", "老年卡在哪里办", "电动车上牌需要什么材料"],
    };

    private static readonly (ProblemCategory Category, int Weight)[] CategoryWeights =
    [
        (ProblemCategory.RepairsProperty, 34), (ProblemCategory.Sanitation, 20), (ProblemCategory.NeighbourDispute, 12),
        (ProblemCategory.ElderlyCare, 8), (ProblemCategory.Safety, 7), (ProblemCategory.Other, 7), (ProblemCategory.Medical, 4),
        (ProblemCategory.Childcare, 3), (ProblemCategory.Schooling, 3), (ProblemCategory.Consultation, 2),
    ];

    /// <summary>A person's name as a function of a key (seed and id), so it can be told again without keeping it.</summary>
    public static string Person(long key)
    {
        var hash = Mix((ulong)key);
        var surname = Surnames[(int)(hash % (ulong)Surnames.Length)];
        var first = GivenParts[(int)((hash >> 16) % (ulong)GivenParts.Length)];
        return (hash >> 32) % 3 == 0 ? surname + first : surname + first + GivenParts[(int)((hash >> 40) % (ulong)GivenParts.Length)];
    }

    /// <summary>SplitMix64's finaliser: a well-spread hash of a key.</summary>
    public static ulong Mix(ulong key)
    {
        key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9UL;
        key = (key ^ (key >> 27)) * 0x94D049BB133111EBUL;
        return key ^ (key >> 31);
    }

    public static string Compound(Random random) => Pick(random, PlaceHeads) + Pick(random, PlaceTails);

    public static string Community(Random random, int number) => $"{Pick(random, PlaceHeads)}{Pick(random, CommunityTails)}{number}";

    public static ProblemCategory Category(Random random)
    {
        var roll = random.Next(100);
        foreach (var (category, weight) in CategoryWeights)
        {
            if ((roll -= weight) < 0)
            {
                return category;
            }
        }

        return ProblemCategory.Other;
    }

    public static string Problem(Random random, ProblemCategory category, int floor) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Problems[category]), floor);

    public static string Result(ProblemCategory category) => category switch
    {
        ProblemCategory.RepairsProperty => "已联系物业维修，现已修好",
        ProblemCategory.Sanitation => "已通知保洁清理干净",
        ProblemCategory.NeighbourDispute => "已上门调解，双方达成一致",
        ProblemCategory.Safety => "已现场处置并排除隐患",
        _ => "已上门了解情况并办理完毕",
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
