using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class GridCommandParserTests
{
    [Theory]
    [InlineData("完成 WO-20261125-0007", Intent.GridResolve, "WO-20261125-0007")]
    [InlineData("结单 3 已修好", Intent.GridResolve, "3")]
    [InlineData("退单 5 不是我们片区", Intent.GridReturn, "5")]
    [InlineData("转交 4 给 刘芳 她管那栋", Intent.GridTransfer, "4")]
    public void Parse_ReadsEverydayVerbs_WhenANumberFollows(string text, Intent intent, string order)
    {
        var command = GridCommandParser.Parse(ChineseText.Normalize(text));

        Assert.Equal(intent, command?.Intent);
        Assert.Equal(order, command?.OrderNumber);
    }

    [Theory]
    [InlineData("完成了吗")]
    [InlineData("结单了没有")]
    public void Parse_ReturnsNull_ForEverydayVerbsWithoutANumber(string text) => Assert.Null(GridCommandParser.Parse(ChineseText.Normalize(text)));
}
