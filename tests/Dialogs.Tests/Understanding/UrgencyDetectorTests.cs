using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class UrgencyDetectorTests
{
    [Theory]
    [InlineData("一楼厨房烟从窗户往外冒，人好像睡着了", EmergencyKind.Fire)]
    [InlineData("楼道里一股烧焦的味道", EmergencyKind.Fire)]
    [InlineData("燃气管那里嘶嘶响", EmergencyKind.Gas)]
    [InlineData("电梯卡在五楼和六楼中间，里面有个老人", EmergencyKind.Trapped)]
    [InlineData("我妈摔在卫生间里起不来了", EmergencyKind.Injured)]
    [InlineData("孩子从滑梯上摔下来了，头上都是血", EmergencyKind.Injured)]
    [InlineData("樓下阿婆跌低咗", EmergencyKind.Injured)]
    [InlineData("有人在撬对门的锁", EmergencyKind.Crime)]
    public void Detect_FindsTheEmergency_AsPeopleDescribeItHappening(string text, EmergencyKind kind)
    {
        var (urgency, kinds, _) = UrgencyDetector.Detect(ChineseText.Normalize(text));

        Assert.Equal(Urgency.Emergency, urgency);
        Assert.True(kinds.HasFlag(kind), $"{kinds}");
    }

    [Theory]
    [InlineData("3幢电梯又坏了")]
    [InlineData("楼下垃圾桶满了没人清运")]
    [InlineData("路灯换成新的了 晚上亮堂多了")]
    public void Detect_FindsNoEmergency_WhenNoOneIsInDanger(string text) =>
        Assert.Equal(EmergencyKind.None, UrgencyDetector.Detect(ChineseText.Normalize(text)).Emergencies);
}
