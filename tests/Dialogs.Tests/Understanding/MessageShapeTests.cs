using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class MessageShapeTests
{
    [Theory]
    [InlineData("转发：下周一起东门晚上十点后关闭")]
    [InlineData("【通知】本周六上午免费量血压")]
    [InlineData("物业说明天上午停水，大家接点水")]
    [InlineData("社区医院周四打疫苗，转给大家")]
    public void IsNotice_IsTrue_WhenANoticeIsPassedOn(string text) => Assert.True(MessageShape.IsNotice(ChineseText.Normalize(text)));

    [Theory]
    [InlineData("3幢电梯又坏了")]
    [InlineData("物业说不归他们管，那归谁")]
    [InlineData("通知一下网格员，楼道灯坏了")]
    public void IsNotice_IsFalse_WhenTheWriterAsksOrReports(string text) => Assert.False(MessageShape.IsNotice(ChineseText.Normalize(text)));

    [Theory]
    [InlineData("上午说的那个有人管吗", true)]
    [InlineData("上礼拜报的下水道怎么样了", true)]
    [InlineData("前日報嘅嘢有冇人跟", true)]
    [InlineData("我报过的几个单子都啥情况", false)]
    [InlineData("3幢电梯又坏了", false)]
    public void RefersToOneEarlierReport_TellsOneEarlierReportFromAListOrANewReport(string text, bool expected) =>
        Assert.Equal(expected, MessageShape.RefersToOneEarlierReport(ChineseText.Normalize(text)));

    [Theory]
    [InlineData("楼上的，你家阳台的水滴到我家了")]
    [InlineData("各位邻居，明天降温")]
    public void AddressesNeighbours_IsTrue_WhenWrittenToNeighbours(string text) => Assert.True(MessageShape.AddressesNeighbours(ChineseText.Normalize(text)));

    [Theory]
    [InlineData("让小李跟一下吧", "小李")]
    [InlineData("转给王姐处理", "王姐")]
    [InlineData("请赵丽同志协调一下", "赵丽")]
    [InlineData("交给秀英姐吧", "秀英姐")]
    [InlineData("这单转给王建华", "王建华")]
    [InlineData("我今天请假让小刘跟", "小刘")]
    [InlineData("呢單交畀張志強跟", "张志强")]
    public void AssigneeFinder_ReadsTheColleague_AsNamed(string text, string expected) =>
        Assert.Equal(expected, AssigneeFinder.Find(ChineseText.Normalize(text)));

    [Theory]
    [InlineData("收到，我马上过去")]
    [InlineData("给我看看这单")]
    public void AssigneeFinder_FindsNoOne_WhenNoColleagueIsNamed(string text) => Assert.Null(AssigneeFinder.Find(ChineseText.Normalize(text)));
}
