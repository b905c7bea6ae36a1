using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class AskedQuantityTests
{
    private const string FlexibleWorkers = "在浙江就业的个体工商户和灵活就业人员可以以个人身份参加职工基本养老保险和医疗保险，可按月、按季或按年缴费";
    private const string Enrolment = "杭州市区适龄儿童小学一年级报名，需准备户口簿、房产证明；网上报名一般在每年5月进行";
    private const string Elderly = "年满80周岁的老年人按月享受高龄生活补贴：80-89周岁每人每月100元";
    private const string Canteen = "西湖区60周岁以上老人在社区老年食堂就餐，每餐享受3元助餐补贴";
    private const string Residence = "在杭州居住满半年、有合法稳定就业或住所的非杭州户籍人员，可申领居住证";

    [Theory]
    [InlineData("灵活就业交职工医保，今年的缴费基数是多少？", FlexibleWorkers)]
    [InlineData("灵活就业交社保一个月交多少钱", FlexibleWorkers)]
    [InlineData("非杭州户籍报名小学，父母社保要连续交几年", Enrolment)]
    [InlineData("报名几点开始", Enrolment)]
    [InlineData("大件垃圾预约电话是多少", "小区实行定时定点投放，投放时间为每天6:30-8:30和18:00-20:00；大件垃圾和装修垃圾需提前预约清运")]
    [InlineData("60岁以上老人游览总统府是否免收门票", "需提前实名预约，凭身份证入园；60周岁以上老人可走绿色通道")]
    [InlineData("送餐上门要另外收配送费吗", "西湖区60周岁以上老人在社区老年食堂就餐，每餐享受3元助餐补贴；行动不便的独居老人可申请送餐上门")]
    [InlineData("小区附近哪家托儿所是普惠的", "3周岁以下婴幼儿在杭州市备案的普惠托育机构入托，每人每月可获得托育费用补助500元")]
    [InlineData("坐动车一个人最多能带几个充电宝？", "乘坐火车、高铁时，充电宝额定能量不超过100Wh可随身携带，不得托运")]
    [InlineData("老年食堂一天最多能吃几顿", Canteen)]
    [InlineData("托育机构的收费标准一般是多少", "每人每月可获得托育费用补助500元，由托育机构代为申领；托育机构收费标准由各机构自行公示")]
    [InlineData("异地就医备案以后报销比例按哪边算", "备案后在就医地定点医疗机构看病，医疗费用直接结算，不用回参保地报销")]
    [InlineData("充电宝超了能在哪里登记", "乘坐火车、高铁时，充电宝额定能量不超过100Wh可随身携带，不得托运")]
    [InlineData("小学报名要的房产证明，去哪里开", Enrolment)] // the text names a channel for enrolling, not for the paper
    public void IsStatedIn_IsFalse_WhenTheTextGivesNoFigureOfTheKindAsked(string question, string policy) =>
        Assert.False(AskedQuantity.IsStatedIn(question, policy));

    [Theory]
    [InlineData("高龄补贴一个月多少钱", Elderly)]
    [InlineData("我爸85了，高龄补贴是多少", Elderly)]
    [InlineData("居住证要住满多久才能办", Residence)]
    [InlineData("孩子上几年级能报名", Enrolment)]
    [InlineData("灵活就业能按季度交吗", FlexibleWorkers)]
    [InlineData("清明节走高速收费吗", "清明节期间7座以下小型客车通行浙江省收费公路免收车辆通行费")]
    [InlineData("哪家医院能直接结算", "定点医院：浙一医院、邵逸夫医院、省人民医院")]
    [InlineData("我家小孩几周岁以内可以进普惠托育？", "3周岁以下婴幼儿在杭州市备案的普惠托育机构入托")]
    [InlineData("小区里的垃圾到底要分几类？", "西湖区实行生活垃圾四分类：厨余垃圾、可回收物、有害垃圾、其他垃圾")]
    [InlineData("我们几个老姐妹想一起去食堂吃饭，要预约吗", Canteen)]
    [InlineData("助餐补贴每餐是多少", Canteen)]
    [InlineData("灵活就业社保去哪里办", "灵活就业人员可通过浙里办或当地社保经办机构以个人身份参保")]
    [InlineData("住院能报几成", "在定点医院住院，政策范围内费用报销比例为70%")]
    [InlineData("小学报名去哪里登记", Enrolment)]
    public void IsStatedIn_IsTrue_WhenTheTextStatesTheFigureOrNoneIsAsked(string question, string policy) =>
        Assert.True(AskedQuantity.IsStatedIn(question, policy));
}
