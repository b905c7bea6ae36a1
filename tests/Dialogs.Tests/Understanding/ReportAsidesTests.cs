using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ReportAsidesTests
{
    [Theory]
    [InlineData("电梯坏了，很急，别打电话", "电梯坏了")]
    [InlineData("+1 楼道灯不亮了，麻烦尽快修一下", "楼道灯不亮了")]
    [InlineData("水管爆了，不着急，可以打我电话，谢谢", "水管爆了")]
    public void Remove_LeavesOnlyTheProblem_WhenTheReportSaysHowToHandleIt(string report, string problem) =>
        Assert.Equal(problem, ReportAsides.Remove(report).Trim(' ', ',', '，'));

    [Theory]
    [InlineData("快递柜黑屏了，取不了件")]
    [InlineData("门卫电话打不通")]
    [InlineData("急救箱里的药过期了")]
    public void Remove_KeepsTheReport_WhenItOnlyLooksLikeAnAside(string report) =>
        Assert.Equal(report, ReportAsides.Remove(report));
}
